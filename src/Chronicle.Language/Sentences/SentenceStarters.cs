using Chronicle.Lexicon;

namespace Chronicle.Language.Sentences;

/// <summary>Capitalised function words that, after an abbreviation such as "U.S.", show that a new sentence began (<see cref="Lexicons.SentenceStarters"/>, in their case).</summary>
internal static class SentenceStarters
{
    public static bool Contains(ReadOnlySpan<char> word) => Lexicons.SentenceStarters.ContainsExact(word);
}
