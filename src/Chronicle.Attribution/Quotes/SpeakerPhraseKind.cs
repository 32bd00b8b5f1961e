namespace Chronicle.Attribution.Quotes;

internal enum SpeakerPhraseKind
{
    Name,
    Pronoun,
    Description,
}
