namespace Chronicle.Extraction.Metadata;

/// <summary>Removes the site name that pages append to (or prepend before) their title: "Headline | The Daily Ledger".</summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : "];

    public static string? Clean(string? title, string? site, string? headline = null)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = Collapse(title);
        if (!string.IsNullOrWhiteSpace(headline))
        {
            // A heading on the page that the title starts or ends with is the title without its suffix.
            var clean = Collapse(headline);
            if (clean.Length >= 10 && clean.Length < text.Length
                && (text.StartsWith(clean, StringComparison.OrdinalIgnoreCase) || text.EndsWith(clean, StringComparison.OrdinalIgnoreCase)))
            {
                return clean;
            }
        }

        foreach (var separator in Separators)
        {
            var last = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = text[(last + separator.Length)..];
                if (IsSiteName(tail, site) || (tail.Length <= 30 && last >= text.Length / 2 && separator != " : " && CountWords(tail) <= 4))
                {
                    return Clean(text[..last], site);
                }
            }

            var first = text.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && IsSiteName(text[..first], site))
            {
                return Clean(text[(first + separator.Length)..], site);
            }
        }

        return text;
    }

    private static bool IsSiteName(string part, string? site)
    {
        if (string.IsNullOrWhiteSpace(site))
        {
            return false;
        }

        var a = Squash(part);
        var b = Squash(site);
        return a.Length > 0 && (a == b || (b.Length >= 4 && a.Contains(b, StringComparison.Ordinal)) || (a.Length >= 4 && b.Contains(a, StringComparison.Ordinal)));
    }

    private static string Squash(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        var squashed = new string(chars, 0, n);
        return squashed.StartsWith("www", StringComparison.Ordinal) ? squashed[3..] : squashed;
    }

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
