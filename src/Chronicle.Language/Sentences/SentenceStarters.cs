using System.Collections.Frozen;

namespace Chronicle.Language.Sentences;

/// <summary>Capitalised function words that, after an abbreviation such as "U.S.", show that a new sentence began.</summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Then",
        "His", "Her", "Their", "Its", "Our", "My", "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When", "While",
        "After", "Before", "Since", "As", "Although", "Though", "However", "Meanwhile", "Still", "Now", "Some", "Many",
        "Most", "All", "No", "Not", "One", "Two", "Three", "What", "Who", "Why", "How", "Where", "Asked", "According",
        "Also", "Earlier", "Later", "Last", "Next", "Officials", "Police", "Mr.", "Mrs.", "Ms.", "Dr.", "For", "With",
        "To", "From", "By", "Under", "During", "Despite", "Such", "Each", "Both", "Several", "Other", "Others", "Among",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
