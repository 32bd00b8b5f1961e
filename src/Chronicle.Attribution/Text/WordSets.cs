namespace Chronicle.Attribution.Text;

/// <summary>Word-list look-ups straight from the text, without making a string of each word first.</summary>
internal static class WordSets
{
    /// <summary>True when <paramref name="set"/> holds <paramref name="word"/> under the set's own comparer.</summary>
    public static bool ContainsSpan(this HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
