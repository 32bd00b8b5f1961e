using Chronicle.Events.Common;

namespace Chronicle.Events.Actors;

/// <summary>
/// Turns a name or description into a CAMEO actor code: a known organisation or person keeps its own code; otherwise
/// a country (name, demonym, possessive or capital) is combined with a role ("the Iranian regime" → IRNGOV,
/// "Russia's Defence Ministry" → RUSGOVMIL, "Tehran" → IRNGOV, "police" → COP).
/// </summary>
public sealed class ActorCoder
{
    public ActorCoder(ActorLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>A coder over the embedded lexicon.</summary>
    public static ActorCoder Default { get; } = new(ActorLexicon.Shared);

    public ActorLexicon Lexicon { get; }

    /// <summary>The CAMEO code for <paramref name="phrase"/>, or null when nothing in it is known.</summary>
    public string? Code(string phrase, string? countryHint = null)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        var words = TextScan.PhraseWords(phrase);
        return Code(words, 0, words.Count, countryHint);
    }

    internal string? Code(IReadOnlyList<WordSpan> words, int start, int end, string? countryHint = null)
    {
        string? country = null;
        string? fullCode = null;
        string? role = null;
        var i = start;
        while (i < end)
        {
            if (Lexicon.LongestAt(words, i, end) is not { } match)
            {
                i++;
                continue;
            }

            var (entry, count) = match;
            if ((entry.Phrase == "us" && !IsUpperUs(words[i])) || (entry.Kind == ActorKind.Person && !words[i].Capitalised && words.Count > 1))
            {
                i++;
                continue;
            }

            switch (entry.Kind)
            {
                case ActorKind.Country or ActorKind.Demonym:
                    country ??= entry.Code[..Math.Min(3, entry.Code.Length)];
                    break;
                case ActorKind.Capital:
                    // "Tehran" alone speaks for the government; "in Tehran, police …" gives only the country.
                    country ??= entry.Code[..3];
                    role ??= entry.Code.Length > 3 ? entry.Code[3..] : null;
                    break;
                case ActorKind.Organisation or ActorKind.Person:
                    fullCode ??= entry.Code;
                    break;
                case ActorKind.Agent:
                    // The head noun comes last in English noun phrases: a later role wins ("police minister" → GOV).
                    role = entry.Code;
                    break;
            }

            i += count;
        }

        if (fullCode is not null)
        {
            return fullCode;
        }

        country ??= countryHint;
        return (country, role) switch
        {
            (not null, not null) => country + role,
            (not null, null) => country,
            (null, not null) => role,
            _ => null,
        };
    }

    private static bool IsUpperUs(WordSpan word) => word.Capitalised && word.Length == 2;
}
