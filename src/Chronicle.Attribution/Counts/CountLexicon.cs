namespace Chronicle.Attribution.Counts;

/// <summary>
/// Words that say what a number counts (GDELT count types: KILL, WOUND, ARREST, …) and words that rule a number out
/// (ages, dates, money, durations, distances, weapons, places, votes).
/// </summary>
internal static class CountLexicon
{
    private static readonly Dictionary<string, string> Triggers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "KILL", ["kill"] = "KILL", ["kills"] = "KILL", ["killing"] = "KILL", ["dead"] = "KILL", ["died"] = "KILL",
        ["die"] = "KILL", ["dies"] = "KILL", ["deaths"] = "KILL", ["death"] = "KILL", ["toll"] = "KILL", ["tolls"] = "KILL",
        ["bodies"] = "KILL", ["fatalities"] = "KILL", ["slain"] = "KILL", ["massacred"] = "KILL", ["murdered"] = "KILL",
        ["executed"] = "KILL", ["perished"] = "KILL", ["drowned"] = "KILL", ["lives"] = "KILL",
        ["injured"] = "WOUND", ["injuring"] = "WOUND", ["injuries"] = "WOUND", ["wounded"] = "WOUND", ["wounding"] = "WOUND",
        ["hurt"] = "WOUND", ["hospitalised"] = "WOUND", ["hospitalized"] = "WOUND", ["injures"] = "WOUND",
        ["arrested"] = "ARREST", ["arrests"] = "ARREST", ["arresting"] = "ARREST", ["detained"] = "ARREST", ["detaining"] = "ARREST",
        ["jailed"] = "ARREST", ["imprisoned"] = "ARREST", ["apprehended"] = "ARREST", ["detainees"] = "ARREST",
        ["kidnapped"] = "KIDNAP", ["abducted"] = "KIDNAP", ["kidnapping"] = "KIDNAP", ["hostage"] = "KIDNAP", ["hostages"] = "KIDNAP",
        ["captives"] = "KIDNAP",
        ["refugees"] = "DISPLACED", ["displaced"] = "DISPLACED", ["fled"] = "DISPLACED", ["homeless"] = "DISPLACED",
        ["evacuated"] = "EVACUATION", ["evacuation"] = "EVACUATION", ["evacuees"] = "EVACUATION",
        ["protesters"] = "PROTEST", ["protestors"] = "PROTEST", ["demonstrators"] = "PROTEST", ["marched"] = "PROTEST",
        ["rallied"] = "PROTEST", ["protested"] = "PROTEST",
        ["seized"] = "SEIZE", ["confiscated"] = "SEIZE",
        ["affected"] = "AFFECT", ["aboard"] = "AFFECT", ["trapped"] = "AFFECT", ["stranded"] = "AFFECT",
        ["sickened"] = "SICKENED", ["infected"] = "SICKENED",
        ["rescued"] = "OTHER", ["missing"] = "OTHER", ["convicted"] = "OTHER", ["charged"] = "OTHER", ["indicted"] = "OTHER",
        ["damaged"] = "OTHER", ["destroyed"] = "OTHER", ["survivors"] = "OTHER", ["sentenced"] = "OTHER",
    };

    private static readonly Dictionary<(string, string), string> Pairs = new()
    {
        [("arrest", "warrants")] = "OTHER", [("arrest", "warrant")] = "OTHER", [("found", "guilty")] = "OTHER",
        [("in", "need")] = "AFFECT", [("on", "board")] = "AFFECT", [("death", "toll")] = "KILL", [("lost", "lives")] = "KILL",
        [("taken", "hostage")] = "KIDNAP", [("took", "hostage")] = "KIDNAP",
    };

    private static readonly KeyValuePair<(string, string), string>[] PairList = [.. Pairs];

    /// <summary>What follows a number that is not a count of people or things affected.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "per", "%", "years", "year", "year-old", "years-old", "yr", "yrs", "months", "month", "weeks", "week", "days",
        "day", "hours", "hour", "minutes", "minute", "seconds", "decades", "centuries", "am", "pm", "a.m.", "p.m.", "miles", "mile",
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "metres", "meters", "metre", "meter", "feet", "foot", "ft",
        "inches", "kg", "kilograms", "tonnes", "tons", "pounds", "barrels", "gallons", "litres", "liters", "dollars", "euros",
        "rubles", "roubles", "rupees", "yuan", "yen", "pesos", "degrees", "storey", "storeys", "floors", "floor", "times",
        "drones", "rockets", "missiles", "bombs", "shells", "mortars", "rounds", "shots", "gunshots", "bullets", "grenades",
        "helicopters", "aircraft", "planes", "jets", "tanks", "vehicles", "cars", "ships", "boats", "trucks", "countries", "nations",
        "states", "cities", "towns", "villages", "provinces", "districts", "regions", "seats", "votes", "voters", "ballots",
        "points", "goals", "incidents", "attacks", "shootings", "bombings", "strikes", "offenses", "offences", "crimes",
        "counts", "cases", "videos", "clips", "files", "sites", "websites", "pages", "accounts", "languages", "o'clock",
        "p.c.", "pc", "bn", "mn", "blasts", "explosions", "raids", "airstrikes", "air", "rockets", "waves", "occasions", "votes", "members-elect", "districts", "terms", "sessions", "rounds", "matches", "games",
    };

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

    public static bool IsUnit(ReadOnlySpan<char> word) => Units.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsMonth(ReadOnlySpan<char> word) => Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsPeople(ReadOnlySpan<char> word) => People.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Types that describe harm to people; they win over "on board"/"survivors" said of the same figure.</summary>
    public static bool IsStrong(string type) => type is "KILL" or "WOUND" or "ARREST" or "KIDNAP";
}
