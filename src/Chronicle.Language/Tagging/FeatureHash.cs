namespace Chronicle.Language.Tagging;

/// <summary>Allocation-free hashing of token text and feature templates into model buckets.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of no characters, which <see cref="Step"/> extends one character at a time.</summary>
    public const ulong Empty = Offset;

    public static ulong Chars(ReadOnlySpan<char> text, bool lower)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = Step(h, lower ? char.ToLowerInvariant(c) : c);
        }

        return h;
    }

    /// <summary><see cref="Chars"/> of a text extended by one character.</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>The hash <see cref="Chars"/> gives the title-cased word ("LONDON" → "London").</summary>
    public static ulong TitleCase(ReadOnlySpan<char> text)
    {
        var h = Offset;
        for (var k = 0; k < text.Length; k++)
        {
            var ch = k == 0 || !char.IsLetter(text[k - 1]) ? text[k] : char.ToLowerInvariant(text[k]);
            h = (h ^ ch) * Prime;
        }

        return h;
    }

    /// <summary>A feature id from a template number and one value.</summary>
    public static uint Feature(int template, ulong value) => Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ value);

    public static uint Feature(int template, ulong a, ulong b) => Finish((((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) * 0xBF58476D1CE4E5B9UL ^ b);

    public static uint Feature(int template, ulong a, ulong b, ulong c) =>
        Finish(((((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) * 0xBF58476D1CE4E5B9UL ^ b) * 0x94D049BB133111EBUL ^ c);

    public static ulong Combine(ulong a, ulong b) => (a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))) * Prime;

    private static uint Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (uint)(z ^ (z >> 31));
    }
}
