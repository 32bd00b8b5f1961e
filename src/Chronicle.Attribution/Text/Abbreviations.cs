namespace Chronicle.Attribution.Text;

/// <summary>Words whose final dot is not a sentence end.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "sen", "rep", "gov", "pres", "prof",
        "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "adm", "cmdr", "rev", "hon", "mt", "ft", "fr",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m",
    };

    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "Jessie K. Liu"
        }

        if (word.Contains('.'))
        {
            return true; // "U.S", "D.C" before their last dot
        }

        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
