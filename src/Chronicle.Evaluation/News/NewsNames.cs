using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Evaluation.News;

/// <summary>
/// The news-dev matching rules for names and quote texts, written to give the same answers as the reference
/// scorer (<c>score_news.py</c>): normalise, compare token sets, accept surnames and acronyms.
/// </summary>
public static partial class NewsNames
{
    private static readonly HashSet<string> InitialStopWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "al", "de", "la" };

    /// <summary>Lowercase, accents and punctuation stripped, articles and honorifics dropped, single spaces.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is '\u2019' or '\u2018' ? '\'' : lower);
        }

        var cleaned = NonWord().Replace(builder.ToString(), " ");
        cleaned = Articles().Replace(cleaned, " ");
        return string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The normalised tokens as a set, a plural "s" dropped from tokens longer than three letters.</summary>
    public static HashSet<string> Tokens(string? value)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Normalize(value).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(token.Length > 3 && token.EndsWith('s') ? token[..^1] : token);
        }

        return set;
    }

    /// <summary>"U.N. Security Council" → "unsc"; "IRGC" → "irgc"; "Islamic Revolutionary Guard Corps" → "irgc".</summary>
    public static string Initials(string? name)
    {
        var builder = new StringBuilder();
        foreach (Match match in InitialWord().Matches((name ?? string.Empty).Normalize(NormalizationForm.FormKD)))
        {
            var word = match.Value;
            var letters = word.Replace(".", string.Empty, StringComparison.Ordinal);
            if (letters.Length == 0 || InitialStopWords.Contains(letters.ToLowerInvariant()))
            {
                continue;
            }

            if ((letters.Length >= 2 && IsAllUpper(letters)) || word.Contains('.', StringComparison.Ordinal))
            {
                builder.Append(letters.ToLowerInvariant());
            }
            else
            {
                builder.Append(char.ToLowerInvariant(letters[0]));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Same entity: equal token sets, one contained in the other sharing a token longer than two letters
    /// (a surname alone matches the full name), or one an acronym of the other.
    /// </summary>
    public static bool NameMatch(string? gold, string? predicted)
    {
        var g = Tokens(gold);
        var p = Tokens(predicted);
        if (g.Count == 0 || p.Count == 0)
        {
            return false;
        }

        if (g.SetEquals(p))
        {
            return true;
        }

        var ig = Initials(gold);
        var ip = Initials(predicted);
        if (ig.Length >= 2 && string.Equals(ig, ip, StringComparison.Ordinal)
            && (IsAcronymLike(g) || IsAcronymLike(p) || g.Any(t => t.Length >= 4 && p.Contains(t))))
        {
            return true;
        }

        var (small, big) = g.Count <= p.Count ? (g, p) : (p, g);
        return small.IsSubsetOf(big) && small.Any(t => t.Length > 2);
    }

    /// <summary>Shared words over the shorter quote's word set; exact set equality below three words.</summary>
    public static double TextOverlap(string? a, string? b)
    {
        var ta = Normalize(a).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tb = Normalize(b).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ta.Length == 0 || tb.Length == 0)
        {
            return 0.0;
        }

        var sa = new HashSet<string>(ta, StringComparer.Ordinal);
        var sb = new HashSet<string>(tb, StringComparer.Ordinal);
        var smaller = Math.Min(sa.Count, sb.Count);
        if (smaller < 3)
        {
            return sa.SetEquals(sb) ? 1.0 : 0.0;
        }

        var shared = sa.Count(sb.Contains);
        return (double)shared / Math.Max(1, smaller);
    }

    /// <summary>The count type with the data set's spellings folded together (DISPLACED and DISPLACE, …).</summary>
    public static string CountType(string? type)
    {
        var upper = (type ?? string.Empty).ToUpperInvariant();
        return upper switch
        {
            "DISPLACED" or "REFUGEES" => "DISPLACE",
            "EVACUATION" or "EVACUATED" => "EVACUATE",
            "KILLED" => "KILL",
            "WOUNDED" => "WOUND",
            "ARRESTED" => "ARREST",
            "KIDNAPPED" => "KIDNAP",
            "PROTESTERS" => "PROTEST",
            _ => upper,
        };
    }

    private static bool IsAcronymLike(HashSet<string> tokens) => tokens.Count == 1 || tokens.All(t => t.Length <= 1);

    private static bool IsAllUpper(string letters)
    {
        foreach (var c in letters)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("[^a-z0-9' ]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\b(the|a|an|mr|mrs|ms|dr)\b")]
    private static partial Regex Articles();

    [GeneratedRegex("[A-Za-z][A-Za-z.]*")]
    private static partial Regex InitialWord();
}
