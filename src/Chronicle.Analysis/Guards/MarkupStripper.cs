using System.Buffers;
using System.Text;

namespace Chronicle.Analysis.Guards;

/// <summary>
/// Turns markup into plain text bytes without building a tree: the fallback for pages too deep to parse safely.
/// Tags become a space (block-level ones a paragraph break); script, style and comments are dropped.
/// </summary>
public static class MarkupStripper
{
    private static readonly string[] Blocks =
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre",
        "section", "article", "header", "footer", "hr", "dd", "dt", "dl", "figure", "figcaption", "main", "aside", "nav",
    ];

    public static byte[] Strip(ReadOnlySpan<byte> html)
    {
        // Every tag is at least as long as what replaces it, so the output never outgrows the input.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, html.Length));
        try
        {
            var written = 0;
            var position = 0;
            while (position < html.Length)
            {
                var tag = MarkupScanner.Next(html, position);
                var textEnd = tag.Kind == MarkupTagKind.None ? html.Length : tag.Start;
                html[position..textEnd].CopyTo(buffer.AsSpan(written));
                written += textEnd - position;
                if (tag.Kind == MarkupTagKind.None)
                {
                    break;
                }

                var separator = tag.Kind is MarkupTagKind.Open or MarkupTagKind.Close && IsBlock(tag.Name(html)) ? "\n\n"u8 : " "u8;
                separator.CopyTo(buffer.AsSpan(written));
                written += separator.Length;
                position = tag.End;

                // The content of raw-text elements (script, style, title) was skipped by the scanner; drop their end tag too.
                if (tag.Kind == MarkupTagKind.Open && MarkupScanner.IsRawText(tag.Name(html)))
                {
                    var close = MarkupScanner.Next(html, position);
                    position = close.Kind == MarkupTagKind.None ? html.Length : close.End;
                }
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsBlock(ReadOnlySpan<byte> name)
    {
        foreach (var block in Blocks)
        {
            if (name.Length == block.Length && Ascii.EqualsIgnoreCase(name, block))
            {
                return true;
            }
        }

        return false;
    }
}
