namespace Chronicle.Attribution.Counts;

/// <summary>Number words, scales and vague quantities (read conservatively, as conflict-event coders do: "dozens" → 12).</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["a"] = 1, ["an"] = 1, ["half"] = 0,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["dozen"] = 12,
        ["k"] = 1_000, ["m"] = 1_000_000, ["mn"] = 1_000_000, ["bn"] = 1_000_000_000,
    };

    private static readonly Dictionary<string, long> VagueQuantities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000,
        ["tens"] = 10, ["several"] = 3,
    };

    /// <summary>
    /// False when no number word, vague quantity or compound can be spelt <paramref name="word"/>: an ASCII first letter
    /// that starts none of them, or more letters than the longest without a hyphen. Spares the look-ups for most words.
    /// </summary>
    public static bool MayStartNumber(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return true;
        }

        var c = word[0];
        if (c < 128 && !FirstLetters.Contains(c))
        {
            return false;
        }

        return word.Length <= LongestPlain || word.Contains('-');
    }

    // The first letters (either case) and the longest length of the units and vague quantities ("seventeen",
    // "thousands"), derived from the tables so that a word added there is never ruled out here.
    private static readonly System.Buffers.SearchValues<char> FirstLetters = System.Buffers.SearchValues.Create(
        string.Concat(Units.Keys.Concat(VagueQuantities.Keys).Select(k => $"{char.ToLowerInvariant(k[0])}{char.ToUpperInvariant(k[0])}")));

    private static readonly int LongestPlain = Math.Max(Units.Keys.Max(k => k.Length), VagueQuantities.Keys.Max(k => k.Length));

    public static bool TryUnit(ReadOnlySpan<char> word, out long value) => Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    public static bool TryScale(ReadOnlySpan<char> word, out long value) => Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    public static bool TryVague(ReadOnlySpan<char> word, out long value) => VagueQuantities.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    /// <summary>"Sixty-six" → 66, "three-and-a-half" → 3.5, "twenty" → 20; false for anything else.</summary>
    public static bool TryCompound(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (word.Contains("-and-a-half", StringComparison.OrdinalIgnoreCase))
        {
            var head = word[..word.IndexOf("-and-a-half", StringComparison.OrdinalIgnoreCase)];
            if (TryCompound(head, out var whole))
            {
                value = whole + 0.5;
                return true;
            }

            return false;
        }

        var dash = word.IndexOf('-');
        if (dash > 0)
        {
            if (TryUnit(word[..dash], out var tens) && tens >= 20 && tens % 10 == 0 && TryUnit(word[(dash + 1)..], out var ones) && ones is > 0 and < 10)
            {
                value = tens + ones;
                return true;
            }

            return false;
        }

        if (TryUnit(word, out var unit) && !word.Equals("a", StringComparison.OrdinalIgnoreCase) && !word.Equals("an", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("half", StringComparison.OrdinalIgnoreCase) && !word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            value = unit;
            return true;
        }

        return false;
    }
}
