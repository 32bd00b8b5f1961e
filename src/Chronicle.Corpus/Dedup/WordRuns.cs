namespace Chronicle.Corpus.Dedup;

/// <summary>
/// The words the text fingerprints read: maximal runs of letters and digits, found in place so callers hash them
/// without allocating (case-folding is the caller's, per character).
/// </summary>
internal static class WordRuns
{
    /// <summary>Finds the next word at or after <paramref name="position"/>; on success it spans
    /// [<paramref name="start"/>, <paramref name="position"/>).</summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        start = position;
        while (position < text.Length && char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        return position > start;
    }
}
