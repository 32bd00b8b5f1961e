using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>A quotation: <paramref name="Span"/> covers the quoted words without the quote marks.</summary>
/// <param name="Speaker">Entity id of the speaker, or null when unresolved or unnamed.</param>
/// <param name="SpeakerName">Canonical name or short description of the speaker.</param>
/// <param name="Cue">The reporting verb or phrase ("said", "according to").</param>
/// <param name="Direct">False for indirect speech ("X said that …").</param>
public sealed record Quote(
    TextSpan Span,
    string Text,
    string? Speaker,
    string? SpeakerName,
    string? Cue,
    bool Direct = true,
    TextSpan? SpeakerSpan = null,
    TextSpan? CueSpan = null);
