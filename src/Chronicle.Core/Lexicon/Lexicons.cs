using System.Collections.Frozen;
using System.Text;

namespace Chronicle.Lexicon;

/// <summary>
/// The word knowledge every layer shares, read once from the text files embedded from <c>src/Chronicle.Core/Resources/Lexicon</c>
/// (one entry per line, <c>#</c> comments). Immutable and safe to use from any thread.
/// </summary>
public static class Lexicons
{
    /// <summary>Titles and roles before a name ("president", "minister", "gen.", "spokesman"), lower case.</summary>
    public static WordList Titles { get; } = Load("titles");

    /// <summary>Office words inside a title ("foreign", "interior", "prime"), lower case.</summary>
    public static WordList TitleModifiers { get; } = Load("title-modifiers");

    /// <summary>Lower-case glue inside a title ("of", "the", "for"), to match exactly.</summary>
    public static WordList TitleConnectors { get; } = Load("title-connectors");

    /// <summary>National demonyms from the country gazetteer plus group adjectives ("French", "Kurdish", "Arab"), lower case.</summary>
    public static WordList Demonyms { get; } = Load("demonyms", "demonym-groups");

    /// <summary>Verbs reporting speech, every inflection ("say", "said", "told", "warned"), lower case.</summary>
    public static WordList SpeechVerbs { get; } = Load("speech-verbs");

    /// <summary>Negators ("not", "n't", "never", "cannot"), lower case with straight apostrophes.</summary>
    public static WordList Negators { get; } = Load("negators");

    /// <summary>Modal auxiliaries ("would", "could", "may"), lower case.</summary>
    public static WordList Modals { get; } = Load("modals");

    /// <summary>Auxiliary lemmas that leave an act unrealised ("could strike", "will fine"): the modals plus "will", "ought".</summary>
    public static WordList IrrealisAuxiliaries { get; } = Load("irrealis-auxiliaries");

    /// <summary>Lemmas that make the clause they govern an aim, a wish or a claim ("tried to", "claimed that").</summary>
    public static WordList IntentGovernors { get; } = Load("intent-governors");

    /// <summary>Speech verb lemmas whose clausal complement is the speaker's account ("said troops had …").</summary>
    public static WordList ReportGovernors { get; } = Load("report-governors");

    /// <summary>Lemmas that make the infinitive they govern a threat ("threatened to").</summary>
    public static WordList ThreatGovernors { get; } = Load("threat-governors");

    /// <summary>Subordinators of a condition or unrealised time ("if", "unless", "until").</summary>
    public static WordList IrrealisMarks { get; } = Load("irrealis-marks");

    /// <summary>Generic actor nouns, singular and plural: the CAMEO agent nouns plus common news groups ("police", "troops", "farmers").</summary>
    public static WordList AgentNouns { get; } = Load("agent-nouns", "agent-nouns-news");

    /// <summary>Abbreviations that precede a name or number and never end a sentence ("Mr", "Gen", "No"), without their period, in their case.</summary>
    public static WordList NameAbbreviations { get; } = Load("abbreviations-before-names");

    /// <summary>Every abbreviation that keeps its period (<see cref="NameAbbreviations"/> and those that may end a sentence: "Jan", "Corp"), in their case.</summary>
    public static WordList Abbreviations { get; } = Load("abbreviations-before-names", "abbreviations");

    /// <summary>Capitalised words that begin a sentence after an abbreviation ("The", "He", "Officials"), in their case.</summary>
    public static WordList SentenceStarters { get; } = Load("sentence-starters");

    /// <summary>Number words, scales and vague quantities with their values.</summary>
    public static NumberWordTable NumberWords { get; } = new(ReadRows("number-words.tsv"));

    private static readonly FrozenDictionary<string, LexiconClass> Classes = BuildClasses();

    private static readonly FrozenDictionary<string, LexiconClass>.AlternateLookup<ReadOnlySpan<char>> ClassLookup =
        Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The classes of one word given in its normalised form (lower case, straight apostrophes, see
    /// <see cref="Text.WordForm"/>); <paramref name="surface"/> is the word as written, used for the case-sensitive
    /// <see cref="LexiconClass.Abbreviation"/> class.
    /// </summary>
    public static LexiconClass Classify(ReadOnlySpan<char> form, ReadOnlySpan<char> surface)
    {
        ClassLookup.TryGetValue(form, out var classes);
        if (surface.Length > 1 && surface[^1] == '.' && Abbreviations.ContainsExact(surface[..^1]))
        {
            classes |= LexiconClass.Abbreviation;
        }

        return classes;
    }

    /// <summary>One table from every lower-cased entry to the classes of the lists that hold it.</summary>
    private static FrozenDictionary<string, LexiconClass> BuildClasses()
    {
        var classes = new Dictionary<string, LexiconClass>(StringComparer.Ordinal);
        void Add(WordList list, LexiconClass lexiconClass)
        {
            foreach (var word in list.Words)
            {
                var form = word.ToLowerInvariant();
                classes[form] = classes.GetValueOrDefault(form) | lexiconClass;
            }
        }

        Add(Titles, LexiconClass.Title);
        Add(TitleModifiers, LexiconClass.TitleModifier);
        Add(Demonyms, LexiconClass.Demonym);
        Add(SpeechVerbs, LexiconClass.SpeechVerb);
        Add(Negators, LexiconClass.Negator);
        Add(Modals, LexiconClass.Modal);
        Add(AgentNouns, LexiconClass.AgentNoun);
        Add(SentenceStarters, LexiconClass.SentenceStarter);
        foreach (var word in NumberWords.Words)
        {
            classes[word] = classes.GetValueOrDefault(word) | LexiconClass.NumberWord;
        }

        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static WordList Load(string name, params string[] more)
    {
        var words = new List<string>();
        foreach (var file in (string[])[name, .. more])
        {
            foreach (var row in ReadRows(file + ".txt"))
            {
                words.Add(row[0]);
            }
        }

        return new WordList(name, words);
    }

    /// <summary>The tab-separated rows of an embedded lexicon file, comments and blank lines skipped; none when the file is absent.</summary>
    internal static IEnumerable<string[]> ReadRows(string file)
    {
        using var stream = typeof(Lexicons).Assembly.GetManifestResourceStream("Chronicle.Lexicon." + file);
        if (stream is null)
        {
            yield break;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed.Split('\t');
            }
        }
    }
}
