using Chronicle.Diagnostics;

namespace Chronicle.Analysis.Guards;

/// <summary>
/// Cuts an extracted document's text to the configured length before annotation, at a paragraph or word boundary.
/// Stage cost grows with text length, so one page with megabytes of text would otherwise hold a worker for minutes.
/// </summary>
public static class TextCap
{
    public static Document Apply(Document document, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        if (text.Length <= maxChars || maxChars < 0)
        {
            return document;
        }

        var cut = Boundary(text, maxChars);

        // Only extraction has run, so the metadata below and the paragraphs are all there is to carry over.
        var paragraphs = document.Paragraphs.RemoveAll(p => p.Span.End > cut);
        return new Document(text[..cut], document.Source)
        {
            Title = document.Title,
            Byline = document.Byline,
            Published = document.Published,
            Site = document.Site,
            Language = document.Language,
            Genre = document.Genre,
            Paragraphs = paragraphs,
            Diagnostics = document.Diagnostics.Add(new Diagnostic(
                DiagnosticCode.Truncated, "extraction", $"The text was cut from {text.Length} to {cut} characters (limit {maxChars}).")),
        };
    }

    /// <summary>The last paragraph break, else the last space, in the final tenth before the limit; never inside a surrogate pair.</summary>
    private static int Boundary(string text, int maxChars)
    {
        var window = text.AsSpan(0, maxChars);
        var floor = maxChars - (maxChars / 10);
        var paragraph = window.LastIndexOf("\n\n");
        if (paragraph >= floor && paragraph > 0)
        {
            return paragraph;
        }

        var space = window.LastIndexOfAny(' ', '\n');
        if (space >= floor && space > 0)
        {
            return space;
        }

        return maxChars > 0 && char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
    }
}
