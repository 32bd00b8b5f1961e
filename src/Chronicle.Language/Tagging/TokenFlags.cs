namespace Chronicle.Language.Tagging;

/// <summary>Orthographic and document-level facts about one token, as bits.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    InitialCapital = 1,
    AllCapitals = 2,
    HasDigit = 4,
    AllDigits = 8,
    HasHyphen = 16,
    HasPeriod = 32,
    SentenceInitial = 64,
    SingleCharacter = 128,
    Punctuation = 256,

    /// <summary>The same word appears capitalised elsewhere in the document, not at a sentence start.</summary>
    CapitalisedElsewhere = 512,

    /// <summary>The same word appears in lower case elsewhere in the document.</summary>
    LowerElsewhere = 1024,

    /// <summary>The sentence is written in capitals (a headline).</summary>
    CapitalsSentence = 2048,
}
