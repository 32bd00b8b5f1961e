using Chronicle.Lexicon;

namespace Chronicle.Language.Tokenization;

/// <summary>
/// Words that keep their trailing period, and which of them never end a sentence: the shared lexicon's
/// <see cref="Lexicons.Abbreviations"/> and <see cref="Lexicons.NameAbbreviations"/>, matched in their case, and initials.
/// </summary>
internal static class Abbreviations
{
    /// <summary>True when <paramref name="word"/> (without its period) takes the period into the token.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            // Initials: "George W. Bush".
            return char.IsUpper(word[0]);
        }

        return Lexicons.Abbreviations.ContainsExact(word);
    }

    /// <summary>True when the abbreviation (period included or not) introduces what follows and so never ends a sentence.</summary>
    public static bool NeverEndsSentence(ReadOnlySpan<char> token)
    {
        var word = token.EndsWith('.') ? token[..^1] : token;
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        return Lexicons.NameAbbreviations.ContainsExact(word);
    }
}
