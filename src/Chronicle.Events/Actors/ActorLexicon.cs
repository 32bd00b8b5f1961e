using System.Collections.Frozen;
using Chronicle.Events.Common;

namespace Chronicle.Events.Actors;

/// <summary>
/// Phrase → CAMEO actor code lookups: the embedded table derived from the PETRARCH-2 dictionaries, Wikidata
/// office-holders, UCDP armed groups and country lists (see docs/DATA.md), plus hand-written titles and metonyms.
/// Matching is on lower-cased words, longest phrase first.
/// </summary>
public sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> SharedInstance = new(Load);

    [ThreadStatic]
    private static MemoTable? t_memo;

    private readonly FrozenDictionary<string, ActorEntry> _entries;
    private readonly FrozenDictionary<string, int> _longestByFirstWord;
    private readonly FrozenDictionary<string, int> _longestByFirstTwo;

    private ActorLexicon(Dictionary<string, ActorEntry> entries)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in entries.Keys)
        {
            var words = phrase.Split(' ');
            longest[words[0]] = Math.Max(longest.GetValueOrDefault(words[0]), words.Length);
        }

        _longestByFirstWord = longest.ToFrozenDictionary(StringComparer.Ordinal);

        // Phrases of three words or more by their first two words: most two-word starts begin none, and then the longer
        // candidate lengths need no look-up.
        var longestByFirstTwo = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in entries.Keys)
        {
            var words = phrase.Split(' ');
            if (words.Length >= 3)
            {
                var two = words[0] + " " + words[1];
                longestByFirstTwo[two] = Math.Max(longestByFirstTwo.GetValueOrDefault(two), words.Length);
            }
        }

        _longestByFirstTwo = longestByFirstTwo.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lexicon built from the embedded tables (loaded once).</summary>
    public static ActorLexicon Shared => SharedInstance.Value;

    public int Count => _entries.Count;

    /// <summary>The entry for an exact lower-cased phrase, if any.</summary>
    public ActorEntry? Find(string phrase) => _entries.GetValueOrDefault(phrase);

    /// <summary>The longest entry that starts at <paramref name="index"/>, with the number of words it covers.</summary>
    internal (ActorEntry Entry, int Words)? LongestAt(IReadOnlyList<WordSpan> words, int index, int limit)
    {
        // Chunking a sentence asks about the same word several times (is it content, its title, its code): the answers
        // for the list last asked about are kept on this thread. A result depends only on the words and on how many of
        // them the limit leaves, so a kept answer is reused when that number is the same.
        var table = t_memo ??= new MemoTable();
        var memo = table.Slots;
        if (!ReferenceEquals(table.Words, words) || !ReferenceEquals(table.Lexicon, this) || memo.Length < words.Count)
        {
            if (memo.Length < words.Count)
            {
                memo = table.Slots = new Memo[Math.Max(2 * memo.Length, words.Count)];
            }
            else
            {
                Array.Clear(memo, 0, words.Count);
            }

            table.Words = words;
            table.Lexicon = this;
        }

        ref var slot = ref memo[index];
        if (slot.Known)
        {
            if (slot.Longest < 0)
            {
                return slot.Result;
            }

            if (Math.Min(slot.Longest, limit - index) == slot.Max)
            {
                return slot.Result;
            }
        }

        var first = TextScan.StripPossessive(words[index].Lower);
        if (!_longestByFirstWord.TryGetValue(first, out var longest))
        {
            var singular = TrySingular(first) is { } single ? (single, 1) : ((ActorEntry, int)?)null;
            slot = new Memo(true, -1, 0, singular);
            return singular;
        }

        var max = Math.Min(longest, limit - index);
        var result = Compute(words, index, first, max);
        slot = new Memo(true, longest, max, result);
        return result;
    }

    private (ActorEntry Entry, int Words)? Compute(IReadOnlyList<WordSpan> words, int index, string first, int max)
    {
        if (max <= 1)
        {
            return max == 1 && (_entries.GetValueOrDefault(first) ?? TrySingular(first)) is { } one ? (one, 1) : null;
        }

        // The phrase keys are joined in a stack buffer and looked up as spans: no string per candidate length.
        var length = -1;
        for (var i = 0; i < max; i++)
        {
            length += words[index + i].Lower.Length + 1;
        }

        var buffer = length <= 512 ? stackalloc char[length] : new char[length];
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

        // Candidates of three words or more share the first two words as written (only the last word loses its 's).
        var firstTwo = words[index].Lower.Length + 1 + words[index + 1].Lower.Length;
        words[index].Lower.CopyTo(buffer);
        buffer[words[index].Lower.Length] = ' ';
        words[index + 1].Lower.CopyTo(buffer[(words[index].Lower.Length + 1)..]);
        var longer = _longestByFirstTwo.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..firstTwo], out var most) ? Math.Min(max, most) : 2;
        for (var n = Math.Max(2, longer); n >= 1; n--)
        {
            var key = Join(words, index, n, buffer);
            if (lookup.TryGetValue(key, out var entry))
            {
                return (entry, n);
            }

            if (n == 1 && TrySingular(key) is { } single)
            {
                return (single, 1);
            }
        }

        return null;
    }

    private ActorEntry? TrySingular(ReadOnlySpan<char> word)
    {
        // Plural agents and demonyms ("protesters", "Syrians") are listed in the singular.
        if (word.Length > 3 && word[^1] == 's')
        {
            var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(word[..^1], out var entry) && entry.Kind is ActorKind.Agent or ActorKind.Demonym)
            {
                return entry;
            }

            if (word.EndsWith("ies", StringComparison.Ordinal))
            {
                Span<char> singular = word.Length <= 128 ? stackalloc char[word.Length - 2] : new char[word.Length - 2];
                word[..^3].CopyTo(singular);
                singular[^1] = 'y';
                if (lookup.TryGetValue(singular, out entry) && entry.Kind == ActorKind.Agent)
                {
                    return entry;
                }
            }
        }

        return null;
    }

    /// <summary>Words <paramref name="index"/> … <paramref name="index"/> + <paramref name="count"/> − 1 joined by spaces, the last without a possessive.</summary>
    private static ReadOnlySpan<char> Join(IReadOnlyList<WordSpan> words, int index, int count, Span<char> buffer)
    {
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer[at++] = ' ';
            }

            var part = i == count - 1 ? TextScan.StripPossessive(words[index + i].Lower) : words[index + i].Lower;
            part.CopyTo(buffer[at..]);
            at += part.Length;
        }

        return buffer[..at];
    }

    private static ActorLexicon Load()
    {
        var entries = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var row in ResourceTable.Read("actors.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }

            var kind = row[2] switch
            {
                "C" => ActorKind.Country,
                "D" => ActorKind.Demonym,
                "K" => ActorKind.Capital,
                "N" => ActorKind.Person,
                "O" => ActorKind.Organisation,
                _ => ActorKind.Agent,
            };
            entries[row[0]] = new ActorEntry(row[0], row[1], kind);
        }

        // Hand-written: seats of power and forms the derived tables miss; they override the tables.
        foreach (var (phrase, code, kind) in ActorSeeds.Entries)
        {
            entries[phrase] = new ActorEntry(phrase, code, kind);
        }

        return new ActorLexicon(entries);
    }

    /// <summary>The kept answers of one thread, for the word list last asked about.</summary>
    private sealed class MemoTable
    {
        public IReadOnlyList<WordSpan>? Words { get; set; }

        public ActorLexicon? Lexicon { get; set; }

        public Memo[] Slots { get; set; } = new Memo[64];
    }

    /// <summary>One kept answer of <see cref="LongestAt"/>: the first word's longest phrase (−1: none), the words it could cover, the result.</summary>
    private readonly record struct Memo(bool Known, int Longest, int Max, (ActorEntry Entry, int Words)? Result);
}
