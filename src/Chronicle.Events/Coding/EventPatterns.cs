using Chronicle.Events.Common;

namespace Chronicle.Events.Coding;

/// <summary>
/// The verb and noun patterns, covering all 20 CAMEO roots and the second-level codes of roots 10–20, read from
/// <c>Resources/event-patterns.tsv</c>. Verbs were chosen from the verb blocks of the PETRARCH-2 CAMEO dictionary and
/// the conventions of careful news coding: only explicit acts, so vague verbs ("said", "backed") are left out.
/// </summary>
public static class EventPatterns
{
    /// <summary>Every pattern, in priority order (earlier patterns win on the same trigger word).</summary>
    public static IReadOnlyList<EventPattern> All { get; } = Build();

    private static List<EventPattern> Build()
    {
        var p = new List<EventPattern>();
        foreach (var row in ResourceTable.Read("event-patterns.tsv"))
        {
            p.Add(Parse(row));
        }

        return p;
    }

    /// <summary>One row of <c>Resources/event-patterns.tsv</c>: kind (V verb, N noun), code, forms, particles, near words, optional target, state code.</summary>
    internal static EventPattern Parse(string[] row)
    {
        if (row.Length < 3 || row[0] is not ("V" or "N"))
        {
            throw new FormatException($"Malformed event pattern row: {string.Join('\t', row)}");
        }

        string? Field(int i) => row.Length > i && row[i].Length > 0 ? row[i] : null;
        return row[0] == "N"
            ? N(row[1], row[2], Field(6) ?? row[1])
            : V(row[1], row[2], particle: Field(3), near: Field(4), optional: Field(5) == "1", state: Field(6));
    }

    private static EventPattern V(string code, string verbs, string? particle = null, string? near = null, bool optional = false, string? state = null)
    {
        var forms = new List<string>();
        var participles = new HashSet<string>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in verbs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = spec.Split('|');
            var lemma = parts[0];
            var past = parts.Length > 1 ? parts[1] : Past(lemma);
            var participle = parts.Length > 2 ? parts[2] : past;
            forms.AddRange([lemma, Third(lemma), past, participle, Ing(lemma)]);
            participles.Add(participle);
            lemmas.Add(lemma);
        }

        return new EventPattern(code, forms.Distinct(StringComparer.Ordinal).ToArray(), Split(particle), Split(near))
        {
            StateCode = state,
            TargetOptional = optional,
            Participles = participles,
            Lemmas = lemmas,
        };
    }

    private static EventPattern N(string code, string nouns, string state) =>
        new(code, nouns.Split(' ', StringSplitOptions.RemoveEmptyEntries), [], []) { StateCode = state, IsNoun = true };

    private static string[] Split(string? list) => list is null ? [] : list.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static string Third(string v) =>
        v.EndsWith('y') && !IsVowel(v[^2]) ? v[..^1] + "ies"
        : v.EndsWith('s') || v.EndsWith('x') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith('o') ? v + "es"
        : v + "s";

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d"
        : v.EndsWith('y') && !IsVowel(v[^2]) ? v[..^1] + "ied"
        : Doubles(v) ? v + v[^1] + "ed"
        : v + "ed";

    private static string Ing(string v) =>
        v.EndsWith("ie", StringComparison.Ordinal) ? v[..^2] + "ying"
        : v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing"
        : Doubles(v) ? v + v[^1] + "ing"
        : v + "ing";

    // Short consonant-vowel-consonant verbs double the final consonant ("stab" → "stabbed").
    private static bool Doubles(string v) =>
        v.Length is >= 3 and <= 4 && !IsVowel(v[^1]) && v[^1] is not ('w' or 'x' or 'y') && IsVowel(v[^2]) && !IsVowel(v[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
