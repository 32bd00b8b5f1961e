using System.Text.RegularExpressions;

namespace Chronicle.Extraction.PlainText;

/// <summary>
/// Drops what scrapers and reposts leave after an article ("More :", "Comments", "Share this", "Related",
/// tag lists, copyright lines) and boilerplate lines inside it ("Advertisement", "Read more: …").
/// </summary>
public static partial class TrailerCleaner
{
    /// <summary>Trailing paragraphs longer than this are article text, whatever they start with.</summary>
    private const int MaxTrailerChars = 160;

    /// <summary>Removes trailer paragraphs from the end and boilerplate lines anywhere; keeps the order of the rest.</summary>
    public static List<string> Clean(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var kept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (!IsBoilerplate(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        while (kept.Count > 0)
        {
            var last = kept[^1];
            if (IsTrailer(last))
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            // Scrapers glue the trailer to the last paragraph with a single line break ("…law.\nMore :").
            var lineBreak = last.LastIndexOf('\n');
            if (lineBreak > 0 && IsTrailer(last[(lineBreak + 1)..]))
            {
                kept[^1] = last[..lineBreak].TrimEnd();
                continue;
            }

            break;
        }

        return kept;
    }

    /// <summary>A line that is never article text wherever it sits.</summary>
    public static bool IsBoilerplate(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim();
        return text.Length == 0 || (text.Length <= MaxTrailerChars && Boilerplate().IsMatch(text));
    }

    /// <summary>A short paragraph that ends scraped pages: "More :", "Comments", "Share this", "Related", tags, copyright.</summary>
    public static bool IsTrailer(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim();
        return text.Length == 0 || (text.Length <= MaxTrailerChars && (Trailer().IsMatch(text) || Boilerplate().IsMatch(text)));
    }

    [GeneratedRegex(@"^(?:advertisement|advertisements|sponsored|ad|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue.*|read more\b.*|read next\b.*|see also\b.*|see more\s*:.*|also read\b.*|read also\b.*|don'?t miss\b.*|must read\b.*|related\s*:.*|recommended\s*:.*|(?:photo|image|picture|video|credit|source|getty images|ap photo|reuters|afp)\s*(?::|/|by)\s*.*|\(?(?:photo|image)s? (?:by|courtesy|credit)\b.*|click here\b.*|sign up\b.*|subscribe\b.*|(?:share|tweet|email|print)(?: this)?(?: (?:article|story|page))?\s*:?|(?:get|download) (?:the|our) app\b.*|follow us\b.*|this (?:article|story) (?:was|is) (?:originally|first) published\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"^(?:more\s*:?|comments?\s*(?:\(\d+\))?:?|\d+\s+comments?|share(?: this)?(?: on .*)?:?|related(?: (?:articles|stories|posts|content|coverage|news|topics|links|reading))?\s*(?::.*)?|tags?\s*:.*|topics?\s*:.*|filed under\b.*|categor(?:y|ies)\s*:.*|posted (?:in|by|on)\b.*|(?:©|\(c\)|copyright\b).*|.*all rights reserved\.?|leave a (?:comment|reply)\b.*|you (?:may|might) also like\b.*|more (?:from|on|about|stories|news)\b.*|trending\b.*|most (?:read|popular)\b.*|newsletter\b.*|about the author\b.*|(?:the )?views expressed\b.*|(?:loading|load) (?:comments|more)\b.*|sign in\b.*|log in\b.*|previous (?:article|post)\b.*|next (?:article|post)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();
}
