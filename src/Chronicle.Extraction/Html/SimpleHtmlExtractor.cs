using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Chronicle.Extraction.PlainText;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Text from HTML: the title, plus the text of paragraph-level blocks outside navigation, scripts and page chrome.
/// </summary>
public static class SimpleHtmlExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "iframe",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption",
    };

    public static (string? Title, string Text) Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var title = document.Title?.Trim();
        var paragraphs = new List<string>();
        if (document.Body is { } body)
        {
            Collect(body, paragraphs);
        }

        if (paragraphs.Count > 0 && title is not null && string.Equals(paragraphs[0].Trim(), title, StringComparison.Ordinal))
        {
            paragraphs.RemoveAt(0);
        }

        return (string.IsNullOrEmpty(title) ? null : title, TextNormalizer.JoinParagraphs(paragraphs));
    }

    private static void Collect(IElement element, List<string> paragraphs)
    {
        foreach (var child in element.Children)
        {
            if (Skipped.Contains(child.LocalName))
            {
                continue;
            }

            if (Blocks.Contains(child.LocalName))
            {
                paragraphs.Add(child.TextContent);
            }
            else if (child.Children.Length == 0)
            {
                paragraphs.Add(child.TextContent);
            }
            else
            {
                Collect(child, paragraphs);
            }
        }
    }
}
