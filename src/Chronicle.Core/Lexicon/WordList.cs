using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Chronicle.Lexicon;

/// <summary>
/// One immutable word list of the shared lexicon, as written in its resource file. <see cref="Contains"/> ignores
/// case and reads typographic apostrophes as straight ones; <see cref="ContainsExact"/> compares ordinally.
/// </summary>
public sealed class WordList
{
    private readonly FrozenSet<string> _folded;
    private readonly FrozenSet<string> _exact;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _foldedLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;

    public WordList(string name, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(words);
        Name = name;
        Words = [.. words.Distinct(StringComparer.Ordinal)];
        _folded = FrozenSet.ToFrozenSet(Words, StringComparer.OrdinalIgnoreCase);
        _exact = FrozenSet.ToFrozenSet(Words, StringComparer.Ordinal);
        _foldedLookup = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The resource name the list was read from (<c>titles</c>, <c>negators</c>, …).</summary>
    public string Name { get; }

    /// <summary>The entries in file order, each once.</summary>
    public ImmutableArray<string> Words { get; }

    public int Count => Words.Length;

    /// <summary>True when <paramref name="word"/> is an entry, ignoring case; ’ and ʼ count as '.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_foldedLookup.Contains(word))
        {
            return true;
        }

        var apostrophe = word.IndexOfAny('\u2019', '\u02BC');
        if (apostrophe < 0 || word.Length > 64)
        {
            return false;
        }

        Span<char> straight = stackalloc char[word.Length];
        word.CopyTo(straight);
        straight.Replace('\u2019', '\'');
        straight.Replace('\u02BC', '\'');
        return _foldedLookup.Contains(straight);
    }

    /// <summary>True when <paramref name="word"/> is an entry exactly as written (case included).</summary>
    public bool ContainsExact(ReadOnlySpan<char> word) => _exactLookup.Contains(word);

    public override string ToString() => $"{Name} ({Count})";
}
