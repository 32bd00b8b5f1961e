using System.Text.RegularExpressions;

namespace Chronicle.Extraction.Metadata;

/// <summary>Keeps people's names from byline text: no "By", no job titles, no "Staff", no "Email the author".</summary>
public static partial class BylineCleaner
{
    private static readonly string[] NotAName =
    [
        "staff", "writer", "editor", "reporter", "correspondent", "email", "e-mail", "follow", "contributor", "columnist",
        "news", "agency", "associated press", "reuters", "published", "updated", "posted", "photo",
        "more by", "author", "admin", "team", "desk", "bureau", "opinion", "view", "twitter", "facebook", "wire",
        "editorial", "sport", "sports", "guest", "гость", "redacción", "redação", "redaktion", "rédaction", "press",
    ];

    public static List<string> Clean(IEnumerable<string> raw, string? site = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var names = new List<string>();
        foreach (var entry in raw)
        {
            foreach (var part in Split().Split(Prefix().Replace(entry, string.Empty)))
            {
                var name = Tidy(part);
                if (IsName(name, site) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static string Tidy(string part)
    {
        var text = Prefix().Replace(part.Trim(), string.Empty);
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Trim(' ', ',', ';', ':', '.', '-', '–', '—', '|', '/');
    }

    private static bool IsName(string name, string? site)
    {
        if (name.Length < 3 || name.Length > 60)
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        if (lower.Contains("http", StringComparison.Ordinal) || lower.Contains("www.", StringComparison.Ordinal) || lower.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var padded = " " + lower + " ";
        foreach (var word in NotAName)
        {
            if (padded.Contains(" " + word + " ", StringComparison.Ordinal) || padded.Contains(" " + word + "s ", StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (site is not null && (site.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(site, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // People have a given name and a family name; one word is a brand, a desk or an agency.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        // Names start with a capital in scripts that have case; other scripts pass.
        return !char.IsLower(words[0][0]);
    }

    [GeneratedRegex(@"^\s*(?:(?:written|posted|reported|story|text|words|photos?)\s+)?(?:by|von|par|por|de|door|av|di|от|автор)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(?:,|;|\||&|•|·|\n)\s*|\s+(?:and|AND|And|und|et|y|e|with)\s+")]
    private static partial Regex Split();
}
