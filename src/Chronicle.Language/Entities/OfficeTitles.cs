using System.Collections.Immutable;
using Chronicle.Annotations;

namespace Chronicle.Language.Entities;

/// <summary>
/// Offices the recogniser took for organisations: a country (or nothing) followed by a title, and perhaps the place
/// the office is "of" ("US Secretary of State", "Supreme Leader of Iran", "Mayor of Birmingham"). The title is no
/// name; the country before it and the name after "of"/"for" are. An organisation's own name before the title
/// ("New York State Attorney General", "United Nations High Commissioner for Human Rights") keeps the whole mention.
/// </summary>
internal static class OfficeTitles
{
    /// <summary>The name parts of an office mention as token ranges (at most two), or false when it is no such office.</summary>
    public static bool TrySplit(
        string text, ImmutableArray<Token> tokens, int first, int last, Func<string, bool> isCountry, Func<string, bool> isStandard,
        out (int First, int Last) before, out (int First, int Last) after)
    {
        ArgumentNullException.ThrowIfNull(isCountry);
        ArgumentNullException.ThrowIfNull(isStandard);
        before = (0, -1);
        after = (0, -1);

        // The first capitalised title word that no standard short name ("UN", "EU") is.
        var role = -1;
        for (var k = first; k <= last; k++)
        {
            var word = tokens[k].Span.Slice(text);
            if (IsTitleWord(word) && char.IsUpper(word[0]) && !isStandard(word.ToString()))
            {
                role = k;
                break;
            }
        }

        if (role < 0)
        {
            return false;
        }

        // Before the title: nothing, or a country ("US", "United States").
        if (role > first && !isCountry(text[tokens[first].Span.Start..tokens[role - 1].Span.End]))
        {
            return false;
        }

        // The title runs over title words and their connectors ("Secretary of State"); it must hold a head word.
        var end = role;
        var head = false;
        for (var k = role; k <= last && tokens[k].Kind == TokenKind.Word && IsTitleWord(tokens[k].Span.Slice(text)); k++)
        {
            var word = tokens[k].Span.Slice(text);
            if (char.IsUpper(word[0]))
            {
                end = k;
                head |= RoleWords.IsHead(word);
            }
        }

        if (!head)
        {
            return false;
        }

        // After it: nothing, or the name the office is of ("of Iran", "for the Western District of Texas"); a name
        // straight after the title ("General Soleimani", "Chair In Global Politics") is left to the person rules.
        var rest = end + 1;
        if (rest <= last && char.IsUpper(text[tokens[rest].Span.Start]))
        {
            return false;
        }

        while (rest <= last && IsConnector(tokens[rest].Span.Slice(text)))
        {
            rest++;
        }

        before = (first, role - 1);
        after = (rest, last);
        return true;
    }

    private static bool IsTitleWord(ReadOnlySpan<char> word) => RoleWords.IsHead(word) || RoleWords.IsModifier(word);

    private static bool IsConnector(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && RoleWords.IsModifier(word);
}
