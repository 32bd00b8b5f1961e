using System.Collections.Frozen;

namespace Chronicle.Language.Tokenization;

/// <summary>Words that keep their trailing period, and which of them never end a sentence.</summary>
internal static class Abbreviations
{
    // Titles and similar words that are always followed by a name or number, so they never end a sentence.
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
        "Cmdr", "Brig", "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "Fr", "Sr", "No", "Nos", "Vol", "pp",
        "Fig", "Art", "Sec", "Supt", "Insp", "Amb", "Atty", "Gens", "vs", "v", "cf", "approx", "ca", "Ste",
    ], StringComparer.Ordinal);

    // Abbreviations that may also close a sentence ("… moved to the U.S. The …" is handled separately).
    private static readonly FrozenSet<string> MaybeFinal = FrozenSet.ToFrozenSet(
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "plc", "Jr", "etc", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "est",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo", "Mass", "Gov't", "Govt", "Intl", "Natl", "Min", "Max", "mln", "bln", "Nr", "Ph",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeFinalLookup = MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its period) takes the period into the token.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            // Initials: "George W. Bush".
            return char.IsUpper(word[0]);
        }

        return NeverFinalLookup.Contains(word) || MaybeFinalLookup.Contains(word);
    }

    /// <summary>True when the abbreviation (period included or not) introduces what follows and so never ends a sentence.</summary>
    public static bool NeverEndsSentence(ReadOnlySpan<char> token)
    {
        var word = token.EndsWith('.') ? token[..^1] : token;
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        return NeverFinalLookup.Contains(word);
    }
}
