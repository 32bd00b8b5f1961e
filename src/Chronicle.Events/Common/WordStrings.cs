namespace Chronicle.Events.Common;

/// <summary>
/// One string per distinct word form and thread: news text repeats a small vocabulary, so looking a lower-cased word
/// up in a per-thread table saves allocating the same short strings for every sentence and stage.
/// </summary>
internal static class WordStrings
{
    // Bounds the table on unusual input (long documents of random tokens); the vocabulary of news fits easily.
    private const int MaxEntries = 200_000;

    [ThreadStatic]
    private static HashSet<string>? t_strings;

    /// <summary>The string equal to <paramref name="value"/>, shared with earlier calls on this thread.</summary>
    public static string Get(ReadOnlySpan<char> value)
    {
        var strings = t_strings ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }

        if (strings.Count >= MaxEntries)
        {
            strings.Clear();
        }

        var created = value.ToString();
        strings.Add(created);
        return created;
    }

    /// <summary>The word with typographic apostrophes made straight and lower-cased (invariant culture).</summary>
    public static string Lower(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return Get(word.ToString().Replace('\u2019', '\'').ToLowerInvariant());
        }

        Span<char> buffer = stackalloc char[word.Length];
        var ascii = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80)
            {
                buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else
            {
                buffer[i] = c == '\u2019' ? '\'' : c;
                ascii &= c == '\u2019';
            }
        }

        if (!ascii)
        {
            Span<char> lowered = stackalloc char[word.Length];
            var written = ((ReadOnlySpan<char>)buffer).ToLowerInvariant(lowered);
            return Get(lowered[..written]);
        }

        return Get(buffer);
    }
}
