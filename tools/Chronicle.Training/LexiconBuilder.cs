using System.Text;
using System.Text.Json;

namespace Chronicle.Training;

/// <summary>
/// Builds the lexicon lists that data in ../shared defines, into <c>src/Chronicle.Core/Resources/Lexicon</c>:
/// <c>demonyms.txt</c> (English nationality adjectives of the country gazetteer: i18n-nationality and the mledoze
/// demonyms) and <c>agent-nouns.txt</c> (the one-word CAMEO agent nouns of PETRARCH-2's Phoenix.agents.txt, with
/// their plurals as PETRARCH forms them).
/// </summary>
internal static class LexiconBuilder
{
    public static void Build(string shared, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var countries = Path.Combine(shared, "data", "gazetteer", "countries");
        var demonyms = new SortedSet<string>(StringComparer.Ordinal);
        using (var nationality = JsonDocument.Parse(File.ReadAllText(Path.Combine(countries, "i18n-nationality.en.json"))))
        {
            foreach (var entry in nationality.RootElement.GetProperty("nationalities").EnumerateObject())
            {
                AddWord(demonyms, entry.Value.GetString());
            }
        }

        using (var mledoze = JsonDocument.Parse(File.ReadAllText(Path.Combine(countries, "mledoze-countries.json"))))
        {
            foreach (var country in mledoze.RootElement.EnumerateArray())
            {
                if (country.TryGetProperty("demonyms", out var byLanguage) && byLanguage.TryGetProperty("eng", out var english))
                {
                    foreach (var gender in english.EnumerateObject())
                    {
                        AddWord(demonyms, gender.Value.GetString());
                    }
                }
            }
        }

        Write(Path.Combine(outDir, "demonyms.txt"),
            "English nationality adjectives from the country gazetteer (i18n-nationality.en.json, mledoze-countries.json); rebuilt by Chronicle.Training lexicon.",
            demonyms);

        var agents = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(Path.Combine(shared, "data", "cameo", "petrarch2", "Phoenix.agents.txt")))
        {
            var line = raw.Trim();
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            line = comment >= 0 ? line[..comment].Trim() : line;
            var code = line.IndexOf('[', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '!' || code <= 0)
            {
                continue;
            }

            var phrase = line[..code].Trim();
            string? plural = null;
            var brace = phrase.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                var close = phrase.IndexOf('}', brace);
                plural = close > brace ? phrase[(brace + 1)..close].Trim() : string.Empty;
                phrase = phrase[..brace].Trim();
            }

            // One-word agents only: the analysis classifies single tokens.
            if (phrase.Length < 3 || phrase.Any(c => !char.IsLetter(c) && c != '-'))
            {
                continue;
            }

            agents.Add(phrase.ToLowerInvariant());
            if (plural is null)
            {
                agents.Add(Plural(phrase.ToLowerInvariant()));
            }
            else if (plural.Length > 0 && plural.All(c => char.IsLetter(c) || c == '-'))
            {
                agents.Add(plural.ToLowerInvariant());
            }
        }

        Write(Path.Combine(outDir, "agent-nouns.txt"),
            "One-word CAMEO agent nouns and their plurals from PETRARCH-2 Phoenix.agents.txt (MIT); rebuilt by Chronicle.Training lexicon.",
            agents);
    }

    /// <summary>The regular English plural PETRARCH assumes when an agent lists none.</summary>
    internal static string Plural(string noun)
    {
        if (noun.EndsWith("man", StringComparison.Ordinal))
        {
            return noun[..^3] + "men";
        }

        if (noun.EndsWith('y') && noun.Length > 1 && "aeiou".IndexOf(noun[^2], StringComparison.Ordinal) < 0)
        {
            return noun[..^1] + "ies";
        }

        return noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal)
            ? noun + "es"
            : noun + "s";
    }

    private static void AddWord(SortedSet<string> words, string? value)
    {
        var word = value?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(word) && word.Length > 2 && word.All(c => char.IsLetter(c) || c is '-' or ' ' or '\''))
        {
            words.Add(word);
        }
    }

    private static void Write(string path, string header, IEnumerable<string> words)
    {
        var text = new StringBuilder("# ").Append(header).Append('\n')
            .Append("# One entry per line; lines starting with # are comments. Read by Chronicle.Lexicon.Lexicons.\n");
        foreach (var word in words)
        {
            text.Append(word).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"{path}: {words.Count()} entries");
    }
}
