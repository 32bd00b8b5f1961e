namespace Chronicle.Attribution.Text;

/// <summary>Third-person pronouns and what they can refer to.</summary>
internal static class Pronouns
{
    public static Gender GenderOf(ReadOnlySpan<char> word)
    {
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase)
            || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Male;
        }

        if (word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
            || word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Female;
        }

        return Gender.Unknown;
    }

    /// <summary>An object pronoun ("according to him").</summary>
    public static bool IsObject(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
        || word.Equals("them", StringComparison.OrdinalIgnoreCase);

    /// <summary>A subject pronoun that can name a speaker.</summary>
    public static bool IsSubject(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
        || word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("they", StringComparison.OrdinalIgnoreCase);
}
