using Chronicle.Extraction.Decoding;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Prepares page source for parsing. Scripts, styles, inline SVG and comments are cut out: they are often most
/// of a page's bytes and never article text, and a vectorised search skips them far faster than a tokenizer
/// can (the parser would end them at the same closing tags, so the tree is unchanged). Container tags nested
/// deeper than <see cref="MaxContainerDepth"/> are left out, because tree construction slows down
/// quadratically on absurdly deep markup.
/// </summary>
public static class HtmlPrefilter
{
    /// <summary>Real pages nest containers a few dozen levels deep; thousands only come from broken or hostile markup.</summary>
    public const int MaxContainerDepth = 256;

    /// <summary>Containers that need an explicit end tag, so counting start and end tags tracks their depth.</summary>
    private static readonly string[] Containers = ["div", "span", "table", "section", "article", "blockquote", "font", "ul", "ol", "center", "form"];

    public static string Strip(string html) => Strip(html, out _);

    /// <summary>The filtered source; <paramref name="flattened"/> says whether over-deep containers were dropped.</summary>
    public static string Strip(string html, out bool flattened)
    {
        ArgumentNullException.ThrowIfNull(html);
        var buffer = PageBuffers.Pool.Rent(html.Length);
        try
        {
            html.CopyTo(buffer);
            var length = Strip(buffer.AsSpan(0, html.Length), out flattened);
            return new string(buffer, 0, length);
        }
        finally
        {
            PageBuffers.Pool.Return(buffer);
        }
    }

    /// <summary>
    /// Filters <paramref name="html"/> in place and returns the length of what is kept, which starts the span: text
    /// is only ever removed, so what is kept moves towards the start and no second copy of the page is needed.
    /// </summary>
    public static int Strip(Span<char> html, out bool flattened)
    {
        var position = 0;
        var written = 0;
        var depth = 0;
        Span<int> suppressed = stackalloc int[Containers.Length];
        flattened = false;
        while (position < html.Length)
        {
            var open = SpanSearch.IndexOf(html, '<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var end = SkippedElementEnd(html, open);
            if (end < 0 && ContainerTag(html, open, out var index, out var closing, out var tagEnd))
            {
                if (!closing && depth >= MaxContainerDepth)
                {
                    suppressed[index]++;
                    flattened = true;
                    end = tagEnd;
                }
                else if (closing && suppressed[index] > 0)
                {
                    suppressed[index]--;
                    end = tagEnd;
                }
                else
                {
                    depth = Math.Max(0, depth + (closing ? -1 : 1));
                }
            }

            if (end < 0)
            {
                written = Keep(html, position, open + 1, written);
                position = open + 1;
                continue;
            }

            written = Keep(html, position, open, written);
            position = end;
        }

        return Keep(html, position, html.Length, written);
    }

    /// <summary>Moves <c>html[from..to]</c> down to <paramref name="written"/>; nothing moves until something was cut.</summary>
    private static int Keep(Span<char> html, int from, int to, int written)
    {
        if (written != from)
        {
            html[from..to].CopyTo(html[written..]);
        }

        return written + (to - from);
    }

    /// <summary>True when a container's start or end tag begins at <paramref name="open"/>.</summary>
    private static bool ContainerTag(ReadOnlySpan<char> html, int open, out int index, out bool closing, out int tagEnd)
    {
        index = -1;
        tagEnd = -1;
        var start = open + 1;
        closing = html[start] == '/';
        if (closing)
        {
            start++;
        }

        // Most tags are ruled out by their first letter; a non-ASCII one is compared in full, as case folding decides.
        var first = start < html.Length ? html[start] : '\0';
        var folded = char.IsAsciiLetterUpper(first) ? (char)(first | 0x20) : first;
        for (var i = 0; i < Containers.Length; i++)
        {
            if ((folded > '\u007F' || Containers[i][0] == folded) && StartsTag(html, start - 1, Containers[i]))
            {
                index = i;
                var gt = SpanSearch.IndexOf(html, '>', start);
                tagEnd = gt < 0 ? html.Length : gt + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>The index just past a script, style, svg or comment starting at <paramref name="open"/>, or -1.</summary>
    private static int SkippedElementEnd(ReadOnlySpan<char> html, int open)
    {
        var next = html[open + 1];
        if (next == '!')
        {
            if (!html[open..].StartsWith("<!--", StringComparison.Ordinal))
            {
                return -1;
            }

            var close = SpanSearch.IndexOf(html, "-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var name = next is 's' or 'S' ? (StartsTag(html, open, "script") ? "</script" : StartsTag(html, open, "style") ? "</style" : StartsTag(html, open, "svg") ? "</svg" : null) : null;
        if (name is null)
        {
            return -1;
        }

        var closing = SpanSearch.IndexOf(html, name, open + name.Length - 1, StringComparison.OrdinalIgnoreCase);
        if (closing < 0)
        {
            return -1; // unclosed: leave it to the parser
        }

        var gt = SpanSearch.IndexOf(html, '>', closing);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>True when the tag name <paramref name="name"/> starts right after <paramref name="open"/>.</summary>
    private static bool StartsTag(ReadOnlySpan<char> html, int open, string name)
    {
        var start = open + 1;
        if (start + name.Length >= html.Length || !html.Slice(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = html[start + name.Length];
        return after is '>' or ' ' or '\t' or '\n' or '\r' or '/';
    }
}
