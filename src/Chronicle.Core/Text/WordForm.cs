namespace Chronicle.Text;

/// <summary>
/// The normalised form of a word, as every layer compares words: lower case (invariant culture), typographic
/// apostrophes and single quotes made <c>'</c>, double quotes made <c>"</c>, dashes and hyphens made <c>-</c>.
/// </summary>
public static class WordForm
{
    /// <summary>Writes the normalised form of <paramref name="word"/> into <paramref name="destination"/> (same length); returns true when it differs from the word.</summary>
    public static bool Normalise(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
        {
            throw new ArgumentException("The destination is shorter than the word.", nameof(destination));
        }

        var changed = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var n = c switch
            {
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                < (char)0x80 => c,
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\uFF02' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2E3A' or '\u2E3B' => '-',
                _ => char.ToLowerInvariant(c),
            };
            changed |= n != c;
            destination[i] = n;
        }

        return changed;
    }

    /// <summary>The normalised form as a new string, or <paramref name="word"/> itself when already normal.</summary>
    public static string Normalise(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 256)
        {
            var chars = new char[word.Length];
            return Normalise(word, chars) ? new string(chars) : word;
        }

        Span<char> buffer = stackalloc char[word.Length];
        return Normalise(word, buffer) ? new string(buffer) : word;
    }
}
