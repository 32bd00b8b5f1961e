namespace Chronicle.Lexicon;

/// <summary>
/// The word classes of the shared lexicon (<see cref="Lexicons"/>), as bits: a token's classes are looked up once per
/// document by <see cref="Annotations.TextAnalysis"/>.
/// </summary>
[Flags]
public enum LexiconClass : uint
{
    None = 0,

    /// <summary>A title or role standing before a name ("president", "minister", "gen.").</summary>
    Title = 1 << 0,

    /// <summary>A word that names the office inside a title ("foreign", "interior", "prime").</summary>
    TitleModifier = 1 << 1,

    /// <summary>A nationality or group adjective ("French", "Syrian", "Kurdish").</summary>
    Demonym = 1 << 2,

    /// <summary>A verb that reports speech or a statement ("said", "told", "warned").</summary>
    SpeechVerb = 1 << 3,

    /// <summary>A negating word ("not", "n't", "never").</summary>
    Negator = 1 << 4,

    /// <summary>A modal auxiliary ("would", "could", "may").</summary>
    Modal = 1 << 5,

    /// <summary>A noun naming a generic actor ("police", "troops", "officials", "farmers").</summary>
    AgentNoun = 1 << 6,

    /// <summary>A number word, scale or vague quantity ("three", "hundred", "dozens").</summary>
    NumberWord = 1 << 7,

    /// <summary>A word that keeps its period ("Gen", "Jan", "Corp"), matched in its own case.</summary>
    Abbreviation = 1 << 8,

    /// <summary>A capitalised function word that begins a sentence after an abbreviation ("The", "He").</summary>
    SentenceStarter = 1 << 9,
}
