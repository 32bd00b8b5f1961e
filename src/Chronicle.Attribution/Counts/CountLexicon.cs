namespace Chronicle.Attribution.Counts;

/// <summary>
/// Words that say what a number counts (GDELT count types: KILL, WOUND, ARREST, …) and words that rule a number out
/// (ages, dates, money, durations, distances, weapons, places, votes).
/// </summary>
internal static class CountLexicon
{
    private static readonly Dictionary<string, string> Triggers = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<(string, string), string> Pairs = [];

    /// <summary>What follows a number that is not a count of people or things affected.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words (one, or two joined by a space) that make a figure a rate: "annually", "a year".</summary>
    private static readonly HashSet<string> Rates = new(StringComparer.OrdinalIgnoreCase);

    private static readonly KeyValuePair<(string, string), string>[] PairList = Load();

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>Nouns for people: "one" and four-digit numbers count only before one of these.</summary>
    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "man", "woman", "men", "women", "child", "children", "member", "members", "officer",
        "officers", "soldier", "soldiers", "civilian", "civilians", "student", "students", "worker", "workers", "resident",
        "residents", "passenger", "passengers", "protester", "protesters", "policeman", "policemen", "individual", "individuals",
        "boy", "girl", "boys", "girls", "baby", "journalist", "journalists", "migrants", "refugees", "fighters", "militants",
    };

    /// <summary>Heads that name a group of people, so two figures for two groups stay apart.</summary>
    public static bool IsGroup(string head) => IsPeople(head) || Groups.Contains(head);

    private static readonly HashSet<string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        "terrorists", "attackers", "gunmen", "suspects", "victims", "pilgrims", "nationals", "personnel", "crew", "troops",
        "police", "guards", "firefighters", "rescuers", "patients", "users", "prisoners", "mexicans", "syrians", "teenagers",
    };

    /// <summary>Fills the tables from the embedded <c>count-words.tsv</c> (trigger, pair and unit lines).</summary>
    private static KeyValuePair<(string, string), string>[] Load()
    {
        using var stream = typeof(CountLexicon).Assembly.GetManifestResourceStream("Chronicle.Attribution.count-words.tsv")
            ?? throw new InvalidOperationException("Embedded table count-words.tsv is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "trigger" when fields.Length >= 3:
                    Triggers[fields[1]] = fields[2];
                    break;
                case "pair" when fields.Length >= 3 && fields[1].Split(' ') is [var first, var second]:
                    Pairs[(first, second)] = fields[2];
                    break;
                case "rate" when fields.Length >= 2:
                    Rates.Add(fields[1]);
                    break;
                case "unit" when fields.Length >= 2:
                    Units.Add(fields[1]);
                    break;
                default:
                    throw new InvalidOperationException($"count-words.tsv: unreadable line '{line}'.");
            }
        }

        return [.. Pairs];
    }

    public static string? TriggerOf(ReadOnlySpan<char> word) =>
        Triggers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var type) ? type : null;

    /// <summary>The type of a two-word trigger, compared lower-cased (invariant culture) without making strings.</summary>
    public static string? PairOf(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        // Lower-casing keeps the length, so only pairs of the same lengths are compared, and every listed word is short.
        if (first.Length > 16 || second.Length > 16)
        {
            return null;
        }

        Span<char> a = stackalloc char[16];
        Span<char> b = stackalloc char[16];
        var lowered = false;
        foreach (var ((one, two), type) in PairList)
        {
            if (one.Length != first.Length || two.Length != second.Length)
            {
                continue;
            }

            if (!lowered)
            {
                first.ToLowerInvariant(a);
                second.ToLowerInvariant(b);
                lowered = true;
            }

            if (a[..first.Length].SequenceEqual(one) && b[..second.Length].SequenceEqual(two))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="word"/>, or it with <paramref name="next"/> ("a year"), marks a rate.</summary>
    public static bool IsRate(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        var rates = Rates.GetAlternateLookup<ReadOnlySpan<char>>();
        if (rates.Contains(word))
        {
            return true;
        }

        if (next.IsEmpty || word.Length + next.Length > 30)
        {
            return false;
        }

        Span<char> both = stackalloc char[word.Length + 1 + next.Length];
        word.CopyTo(both);
        both[word.Length] = ' ';
        next.CopyTo(both[(word.Length + 1)..]);
        return rates.Contains(both);
    }

    public static bool IsUnit(ReadOnlySpan<char> word) => Units.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsMonth(ReadOnlySpan<char> word) => Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsPeople(ReadOnlySpan<char> word) => People.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Types that describe harm to people; they win over "on board"/"survivors" said of the same figure.</summary>
    public static bool IsStrong(string type) => type is "KILL" or "WOUND" or "ARREST" or "KIDNAP";
}
