using System.Text;

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
        var builder = new StringBuilder(html.Length);
        var position = 0;
        var depth = 0;
        var suppressed = new int[Containers.Length];
        flattened = false;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
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
                builder.Append(html, position, open + 1 - position);
                position = open + 1;
                continue;
            }

            builder.Append(html, position, open - position);
            position = end;
        }

        builder.Append(html, position, html.Length - position);
        return builder.ToString();
    }

    /// <summary>True when a container's start or end tag begins at <paramref name="open"/>.</summary>
    private static bool ContainerTag(string html, int open, out int index, out bool closing, out int tagEnd)
    {
        index = -1;
        tagEnd = -1;
        var start = open + 1;
        closing = html[start] == '/';
        if (closing)
        {
            start++;
        }

        for (var i = 0; i < Containers.Length; i++)
        {
            if (StartsTag(html, start - 1, Containers[i]))
            {
                index = i;
                var gt = html.IndexOf('>', start);
                tagEnd = gt < 0 ? html.Length : gt + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>The index just past a script, style, svg or comment starting at <paramref name="open"/>, or -1.</summary>
    private static int SkippedElementEnd(string html, int open)
    {
        var next = html[open + 1];
        if (next == '!')
        {
            if (string.CompareOrdinal(html, open, "<!--", 0, 4) != 0)
            {
                return -1;
            }

            var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var name = next is 's' or 'S' ? (StartsTag(html, open, "script") ? "script" : StartsTag(html, open, "style") ? "style" : StartsTag(html, open, "svg") ? "svg" : null) : null;
        if (name is null)
        {
            return -1;
        }

        var closing = html.IndexOf("</" + name, open + name.Length + 1, StringComparison.OrdinalIgnoreCase);
        if (closing < 0)
        {
            return -1; // unclosed: leave it to the parser
        }

        var gt = html.IndexOf('>', closing);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>True when the tag name <paramref name="name"/> starts right after <paramref name="open"/>.</summary>
    private static bool StartsTag(string html, int open, string name)
    {
        var start = open + 1;
        if (start + name.Length >= html.Length || string.Compare(html, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var after = html[start + name.Length];
        return after is '>' or ' ' or '\t' or '\n' or '\r' or '/';
    }
}
