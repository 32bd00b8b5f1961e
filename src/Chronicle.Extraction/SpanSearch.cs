using System.Buffers;

namespace Chronicle.Extraction;

/// <summary>
/// Searches over page text held in spans (pooled buffers, not strings): positions are absolute, as the string
/// methods give them, and words are cut without allocating.
/// </summary>
internal static class SpanSearch
{
    /// <summary>The index of <paramref name="value"/> at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, char value, int start)
    {
        var at = text[start..].IndexOf(value);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>The index of <paramref name="value"/> at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string value, int start, StringComparison comparison)
    {
        var at = text[start..].IndexOf(value, comparison);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>
    /// The next word of <paramref name="rest"/> between <paramref name="separators"/>, empty parts skipped (what
    /// <c>Split</c> with <c>RemoveEmptyEntries</c> would give, one at a time); false when none is left.
    /// </summary>
    public static bool NextWord(ref ReadOnlySpan<char> rest, SearchValues<char> separators, out ReadOnlySpan<char> word)
    {
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(separators);
            if (end < 0)
            {
                word = rest;
                rest = default;
                return true;
            }

            word = rest[..end];
            rest = rest[(end + 1)..];
            if (!word.IsEmpty)
            {
                return true;
            }
        }

        word = default;
        return false;
    }
}
