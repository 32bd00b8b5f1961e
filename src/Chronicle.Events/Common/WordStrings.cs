namespace Chronicle.Events.Common;

/// <summary>
/// One string per distinct word form and thread: news text repeats a small vocabulary, so looking a lower-cased word
/// up in a per-thread table saves allocating the same short strings for every sentence and stage. The table is a
/// plain open-addressing array hashed while the word is lower-cased, which costs less than a general hash set.
/// </summary>
internal static class WordStrings
{
    // Bounds the table on unusual input (long documents of random tokens); the vocabulary of news fits easily.
    private const int MaxEntries = 1 << 17;

    [ThreadStatic]
    private static Table? t_table;

    /// <summary>The string equal to <paramref name="value"/>, shared with earlier calls on this thread.</summary>
    public static string Get(ReadOnlySpan<char> value) => (t_table ??= new Table()).Get(value, Hash(value));

    /// <summary>This thread's table, fetched once by callers that look up many words.</summary>
    public static Table Current => t_table ??= new Table();

    /// <summary>The word with typographic apostrophes made straight and lower-cased (invariant culture).</summary>
    public static string Lower(ReadOnlySpan<char> word) => Lower(word, Current);

    /// <summary>The word with typographic apostrophes made straight and lower-cased, shared through <paramref name="table"/>.</summary>
    public static string Lower(ReadOnlySpan<char> word, Table table)
    {
        if (word.Length > 64)
        {
            var lower = word.ToString().Replace('\u2019', '\'').ToLowerInvariant();
            return table.Get(lower, Hash(lower));
        }

        Span<char> buffer = stackalloc char[word.Length];
        var ascii = true;
        var hash = 2166136261u;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80)
            {
                c = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else
            {
                ascii &= c == '\u2019';
                c = c == '\u2019' ? '\'' : c;
            }

            buffer[i] = c;
            hash = (hash ^ c) * 16777619u;
        }

        if (!ascii)
        {
            Span<char> lowered = stackalloc char[word.Length];
            var written = ((ReadOnlySpan<char>)buffer).ToLowerInvariant(lowered);
            return table.Get(lowered[..written], Hash(lowered[..written]));
        }

        return table.Get(buffer, hash);
    }

    private static uint Hash(ReadOnlySpan<char> value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>An open-addressing set of strings, looked up by span and precomputed hash.</summary>
    internal sealed class Table
    {
        private string?[] _slots = new string?[1 << 12];
        private uint[] _hashes = new uint[1 << 12];
        private int _count;

        public string Get(ReadOnlySpan<char> value, uint hash)
        {
            var mask = _slots.Length - 1;
            var i = (int)(hash & (uint)mask);
            while (_slots[i] is { } existing)
            {
                if (_hashes[i] == hash && value.SequenceEqual(existing))
                {
                    return existing;
                }

                i = (i + 1) & mask;
            }

            var created = value.ToString();
            if (_count >= MaxEntries)
            {
                Array.Clear(_slots);
                _count = 0;
                return Add(created, hash);
            }

            _slots[i] = created;
            _hashes[i] = hash;
            if (++_count * 2 > _slots.Length)
            {
                Grow();
            }

            return created;
        }

        private string Add(string value, uint hash)
        {
            var mask = _slots.Length - 1;
            var i = (int)(hash & (uint)mask);
            while (_slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = value;
            _hashes[i] = hash;
            _count++;
            return value;
        }

        private void Grow()
        {
            var slots = _slots;
            var hashes = _hashes;
            _slots = new string?[slots.Length * 2];
            _hashes = new uint[slots.Length * 2];
            _count = 0;
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] is { } value)
                {
                    Add(value, hashes[i]);
                }
            }
        }
    }
}
