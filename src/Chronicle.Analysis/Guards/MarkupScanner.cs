using System.Buffers;
using System.Text;

namespace Chronicle.Analysis.Guards;

/// <summary>
/// A forgiving, allocation-free tag scanner over raw bytes. It does not parse HTML; it finds tag boundaries well
/// enough to bound nesting and to strip markup from pages too hostile to parse.
/// </summary>
internal static class MarkupScanner
{
    private static readonly SearchValues<byte> NameBytes =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:"u8);

    // Elements that never hold children, or whose end tag may be omitted: counting them would only inflate the estimate.
    // Raw-text elements (below) are leaves as well.
    private static readonly string[] Uncounted =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt", "rp",
        "colgroup", "caption", "html", "head", "body",
    ];

    // Elements whose content is raw text: a '<' inside them is not a tag.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    public static bool IsUncounted(ReadOnlySpan<byte> name) => IsOneOf(name, Uncounted) || IsRawText(name);

    public static bool IsRawText(ReadOnlySpan<byte> name) => IsOneOf(name, RawText);

    /// <summary>The next tag at or after <paramref name="from"/>, or a tag of kind <see cref="MarkupTagKind.None"/>.</summary>
    public static MarkupTag Next(ReadOnlySpan<byte> html, int from)
    {
        var position = from;
        while (position < html.Length)
        {
            var offset = html[position..].IndexOf((byte)'<');
            if (offset < 0)
            {
                break;
            }

            var start = position + offset;
            var next = start + 1;
            if (next >= html.Length)
            {
                break;
            }

            var c = html[next];
            if (c == (byte)'!')
            {
                var isComment = html[next..].StartsWith("!--"u8);
                var close = isComment ? IndexFrom(html, next + 3, "-->"u8) : IndexFrom(html, next, ">"u8);
                var end = close < 0 ? html.Length : close + (isComment ? 3 : 1);
                return new MarkupTag(MarkupTagKind.Other, start, end, next, 0, false);
            }

            if (c == (byte)'?')
            {
                var close = IndexFrom(html, next, ">"u8);
                return new MarkupTag(MarkupTagKind.Other, start, close < 0 ? html.Length : close + 1, next, 0, false);
            }

            var closing = c == (byte)'/';
            var nameStart = closing ? next + 1 : next;
            if (nameStart < html.Length && IsAsciiLetter(html[nameStart]))
            {
                var nameLength = html[nameStart..].IndexOfAnyExcept(NameBytes);
                nameLength = nameLength < 0 ? html.Length - nameStart : nameLength;
                var close = IndexFrom(html, nameStart + nameLength, ">"u8);
                var end = close < 0 ? html.Length : close + 1;
                var selfClosing = close > 0 && html[close - 1] == (byte)'/';
                var tag = new MarkupTag(closing ? MarkupTagKind.Close : MarkupTagKind.Open, start, end, nameStart, nameLength, selfClosing);
                return tag.Kind == MarkupTagKind.Open && !selfClosing && IsRawText(tag.Name(html)) ? SkipRawText(html, tag) : tag;
            }

            // A lone '<' in text: keep looking.
            position = next;
        }

        return default;
    }

    /// <summary>Moves the end of a raw-text element's open tag to its matching end tag, so its content is never scanned.</summary>
    private static MarkupTag SkipRawText(ReadOnlySpan<byte> html, MarkupTag tag)
    {
        Span<byte> endTag = stackalloc byte[2 + tag.NameLength];
        endTag[0] = (byte)'<';
        endTag[1] = (byte)'/';
        Ascii.ToLower(tag.Name(html), endTag[2..], out _);
        var position = tag.End;
        while (position < html.Length)
        {
            var offset = html[position..].IndexOf("</"u8);
            if (offset < 0)
            {
                break;
            }

            var candidate = position + offset;
            var available = Math.Min(endTag.Length, html.Length - candidate);
            if (available == endTag.Length && Ascii.EqualsIgnoreCase(html.Slice(candidate, available), endTag))
            {
                return tag with { End = candidate };
            }

            position = candidate + 2;
        }

        return tag with { End = html.Length };
    }

    private static int IndexFrom(ReadOnlySpan<byte> html, int from, ReadOnlySpan<byte> value)
    {
        if (from >= html.Length)
        {
            return -1;
        }

        var offset = html[from..].IndexOf(value);
        return offset < 0 ? -1 : from + offset;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsOneOf(ReadOnlySpan<byte> name, string[] names)
    {
        foreach (var candidate in names)
        {
            if (name.Length == candidate.Length && Ascii.EqualsIgnoreCase(name, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
