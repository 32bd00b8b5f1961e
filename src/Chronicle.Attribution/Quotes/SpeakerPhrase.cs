using Chronicle.Attribution.Text;

namespace Chronicle.Attribution.Quotes;

/// <summary>The words naming who speaks: a name (titles stripped), a pronoun, or a description ("a source within the ministry").</summary>
internal sealed record SpeakerPhrase(SpeakerPhraseKind Kind, int Start, int End, NamePhrase? Name = null);
