using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>A number of people or things affected by an event ("400 thousand Syrians … massacred").</summary>
/// <param name="Type">GDELT count type: KILL, WOUND, ARREST, KIDNAP, DISPLACED, PROTEST, EVACUATION, SEIZE, AFFECT, …</param>
/// <param name="Approximate">True for qualified or vague figures ("more than", "dozens").</param>
/// <param name="Object">Who or what is counted ("civilians").</param>
/// <param name="Span">Evidence: the number phrase.</param>
/// <param name="Location">Place named with the figure, when given.</param>
/// <param name="Date">Date named with the figure ("in 1988"), when given.</param>
/// <param name="Attribution">Who gives the figure ("the UN"), when stated.</param>
public sealed record CasualtyCount(
    string Type,
    long Number,
    bool Approximate,
    string? Object,
    TextSpan Span,
    string? Location = null,
    string? Date = null,
    string? Attribution = null);
