using Chronicle.Attribution.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>Someone a later pronoun may refer to: a name in the text or an earlier quote's speaker.</summary>
internal sealed record SpeakerCandidate(int Position, NameKind Kind, Gender Gender, string? Id, string Name, int Start, int End);
