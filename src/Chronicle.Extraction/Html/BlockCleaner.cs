using System.Text.RegularExpressions;
using Chronicle.Extraction.Metadata;
using Chronicle.Extraction.PlainText;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Final clean-up of the rendered blocks: the headline repeated at the top, date lines, boilerplate lines,
/// runs of bare links ("Don't miss", "More stories"), calls to subscribe or follow, and the page's trailer.
/// </summary>
public static partial class BlockCleaner
{
    /// <summary>Blocks this short can be a date line, a link-list intro or a call to action; longer ones are prose.</summary>
    private const int ShortBlockChars = 80;

    /// <summary>A block with this share of link text is a link, not prose.</summary>
    private const double LinkLine = 0.7;

    public static List<TextBlock> Clean(IReadOnlyList<TextBlock> blocks, PageMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(metadata);
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            if (kept.Count < 3 && (SameText(text, metadata.Title) || SameText(text, metadata.Heading) || IsDateLine(text) || IsBylineLine(text)))
            {
                continue;
            }

            if (TrailerCleaner.IsBoilerplate(text) || IsUrlLine(text) || Gallery().IsMatch(text) || IsShoutedLink(block))
            {
                continue;
            }

            kept.Add(block);
        }

        DropLinkRuns(kept);
        DropTrailer(kept);
        return kept;
    }

    /// <summary>Three or more link lines in a row, or two after a short intro ("DON'T MISS"), are a list of other stories.</summary>
    private static void DropLinkRuns(List<TextBlock> blocks)
    {
        var i = 0;
        while (i < blocks.Count)
        {
            if (blocks[i].LinkDensity < LinkLine || blocks[i].Text.Length > 200)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < blocks.Count && blocks[end].LinkDensity >= LinkLine && blocks[end].Text.Length <= 200)
            {
                end++;
            }

            var start = i;
            var hasIntro = start > 0 && IsIntro(blocks[start - 1]);
            if (end - start >= 3 || (end - start >= 2 && hasIntro))
            {
                if (hasIntro)
                {
                    start--;
                }

                blocks.RemoveRange(start, end - start);
                i = start;
            }
            else
            {
                i = end;
            }
        }
    }

    private static void DropTrailer(List<TextBlock> blocks)
    {
        var changed = true;
        while (changed && blocks.Count > 0)
        {
            changed = false;
            var last = blocks[^1];
            if (TrailerCleaner.IsTrailer(last.Text) || IsCallToAction(last.Text) || last.IsHeading || (last.IsListItem && last.LinkDensity >= 0.3 && TailIsLinkList(blocks)))
            {
                blocks.RemoveAt(blocks.Count - 1);
                changed = true;
                continue;
            }

            // "More Great Stories" followed by list items that link elsewhere.
            var firstItem = blocks.Count;
            double linkSum = 0;
            while (firstItem > 0 && blocks[firstItem - 1].IsListItem)
            {
                firstItem--;
                linkSum += blocks[firstItem].LinkDensity;
            }

            var items = blocks.Count - firstItem;
            if (items >= 2 && firstItem > 0 && IsIntro(blocks[firstItem - 1]) && linkSum / items >= 0.3)
            {
                blocks.RemoveRange(firstItem - 1, blocks.Count - firstItem + 1);
                changed = true;
            }
        }
    }

    private static bool TailIsLinkList(List<TextBlock> blocks)
    {
        var count = 0;
        for (var i = blocks.Count - 1; i >= 0 && blocks[i].IsListItem && blocks[i].LinkDensity >= 0.3; i--)
        {
            count++;
        }

        return count >= 3 && (blocks.Count == count || IsIntro(blocks[blocks.Count - count - 1]));
    }

    /// <summary>A short line without sentence punctuation that introduces what follows.</summary>
    private static bool IsIntro(TextBlock block)
    {
        var text = block.Text.TrimEnd();
        return text.Length is > 0 and <= 60 && text[^1] is not ('.' or '!' or '?' or '"' or '”' or '。');
    }

    /// <summary>An all-capitals line that is mostly a link is a promotion for another story or the app.</summary>
    private static bool IsShoutedLink(TextBlock block)
    {
        if (block.LinkDensity < 0.5 || block.Text.Length > 150)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in block.Text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                letters++;
            }
        }

        return letters >= 8;
    }

    private static bool IsCallToAction(string text) =>
        text.Length <= 300 && CallToAction().IsMatch(text);

    private static bool IsDateLine(string text)
    {
        if (text.Length > ShortBlockChars || !Year().IsMatch(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 10 && (Clock().IsMatch(text) || DateNormalizer.FindInText(text) is not null);
    }

    /// <summary>"By Jane Smith and John Doe" at the top of the body is the byline, kept as metadata.</summary>
    private static bool IsBylineLine(string text) => text.Length <= 100 && BylineStart().IsMatch(text);

    /// <summary>A short line that is mostly a web address ("Listen: http://…").</summary>
    private static bool IsUrlLine(string text)
    {
        if (text.Length > 150)
        {
            return false;
        }

        var match = Url().Match(text);
        return match.Success && match.Length * 2 >= text.Length;
    }

    private static bool SameText(string text, string? other)
    {
        if (string.IsNullOrEmpty(other) || text.Length > other.Length * 2 + 20)
        {
            return false;
        }

        return string.Equals(Squash(text), Squash(other), StringComparison.Ordinal);
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

        return new string(chars, 0, n);
    }

    [GeneratedRegex(@"^(?:By|BY|Von|Par|Por)\s+\p{Lu}")]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2}[:h]\d{2}\b")]
    private static partial Regex Clock();

    [GeneratedRegex(@"https?://\S+|www\.\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:image|photo|picture|slide|foto|imagem)\s+\d+\s+(?:of|/|de|von)\s+\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gallery();

    [GeneratedRegex(@"\b(?:sign up|subscribe|newsletter|follow (?:us|him|her|them|me)\b|email (?:him|her|them|me|us)\b|e-mail the author|email the author)|^email\b.*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();
}
