using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>Who did what to whom, coded in CAMEO with its PLOVER type.</summary>
/// <param name="Code">CAMEO event code ("112").</param>
/// <param name="Span">Evidence span (usually the sentence or clause).</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
public sealed record CodedEvent(
    string Code,
    EventActor? Source,
    EventActor? Target,
    TextSpan Span,
    double Goldstein,
    int QuadClass,
    string? Plover = null,
    EventLocation? Location = null,
    string? Date = null)
{
    /// <summary>The two-digit CAMEO root ("11").</summary>
    public string RootCode => Code.Length >= 2 ? Code[..2] : Code;

    /// <summary>The words that triggered the event (verb or noun phrase).</summary>
    public TextSpan? Trigger { get; init; }

    /// <summary>How sure the coder is of the event, in [0, 1]; null when not given (events read from older JSON).</summary>
    public double? Confidence { get; init; }
}
