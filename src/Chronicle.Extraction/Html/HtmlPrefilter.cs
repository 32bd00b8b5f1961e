using System.Text;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Cuts scripts, styles, inline SVG and comments out of the source before parsing. They are often most of a
/// page's bytes and never article text; a vectorised search skips them far faster than a tokenizer can.
/// The parser would end these elements at the same closing tags, so the tree is unchanged.
/// </summary>
public static class HtmlPrefilter
{
    public static string Strip(string html)
    {
        var builder = new StringBuilder(html.Length);
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var end = SkippedElementEnd(html, open);
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
