using System.Globalization;
using System.Text;

namespace Chronicle.Bench.Throughput;

/// <summary>
/// Real pages replicated to any number of documents. Copy <c>n</c> of a page differs from the original by a comment and
/// a few words at the end of its last paragraph, so every document is distinct (no cache or dedup can shortcut it)
/// while its cost stays that of the real page. The Readability script applies the same edit.
/// </summary>
internal sealed class PageSet
{
    private PageSet(IReadOnlyList<Page> pages) => Pages = pages;

    public IReadOnlyList<Page> Pages { get; }

    public long TotalBytes { get; private init; }

    public static PageSet Load(string folder, IReadOnlyDictionary<string, string>? urls = null)
    {
        var pages = new List<Page>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            var id = Path.GetFileNameWithoutExtension(path);
            var url = urls is not null && urls.TryGetValue(id, out var known) ? known : "https://example.org/" + id;
            var body = BodyStart(bytes);
            var paragraph = LastParagraphEnd(bytes);
            pages.Add(new Page(id, url, bytes, paragraph < body ? bytes.Length : paragraph, body));
        }

        return new PageSet(pages) { TotalBytes = pages.Sum(p => (long)p.Bytes.Length) };
    }

    /// <summary>Writes document <paramref name="index"/> into <paramref name="buffer"/> (grown as needed) and returns its length.</summary>
    public int Write(int index, ref byte[] buffer, out Page page)
    {
        page = Pages[index % Pages.Count];
        var copy = index / Pages.Count;
        Span<byte> comment = stackalloc byte[64];
        Span<byte> words = stackalloc byte[32];
        var commentLength = Format(comment, "<!-- copy ", copy, " -->");
        var wordsLength = Format(words, " (copy ", copy, ")");
        var length = page.Bytes.Length + commentLength + wordsLength;
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        // original[..body] + comment + original[body..paragraph] + words + original[paragraph..]
        var source = page.Bytes.AsSpan();
        var target = buffer.AsSpan();
        var written = Copy(source[..page.BodyStart], target, 0);
        written = Copy(comment[..commentLength], target, written);
        written = Copy(source[page.BodyStart..page.ParagraphEnd], target, written);
        written = Copy(words[..wordsLength], target, written);
        return Copy(source[page.ParagraphEnd..], target, written);
    }

    private static int Copy(ReadOnlySpan<byte> from, Span<byte> to, int at)
    {
        from.CopyTo(to[at..]);
        return at + from.Length;
    }

    private static int Format(Span<byte> target, string prefix, int copy, string suffix)
    {
        var written = Encoding.ASCII.GetBytes(prefix, target);
        copy.TryFormat(target[written..], out var digits, default, CultureInfo.InvariantCulture);
        written += digits;
        return written + Encoding.ASCII.GetBytes(suffix, target[written..]);
    }

    /// <summary>Just after the body's open tag (or 0).</summary>
    private static int BodyStart(byte[] bytes)
    {
        var body = IndexOfIgnoreCase(bytes, "<body"u8, last: false);
        if (body < 0)
        {
            return 0;
        }

        var close = bytes.AsSpan(body).IndexOf((byte)'>');
        return close < 0 ? 0 : body + close + 1;
    }

    /// <summary>Where the last paragraph's end tag starts (or the end of the page).</summary>
    private static int LastParagraphEnd(byte[] bytes)
    {
        var end = IndexOfIgnoreCase(bytes, "</p>"u8, last: true);
        return end < 0 ? bytes.Length : end;
    }

    private static int IndexOfIgnoreCase(byte[] bytes, ReadOnlySpan<byte> lower, bool last)
    {
        Span<byte> upper = stackalloc byte[lower.Length];
        System.Text.Ascii.ToUpper(lower, upper, out _);
        var a = last ? bytes.AsSpan().LastIndexOf(lower) : bytes.AsSpan().IndexOf(lower);
        var b = last ? bytes.AsSpan().LastIndexOf(upper) : bytes.AsSpan().IndexOf(upper);
        return a < 0 ? b : b < 0 ? a : last ? Math.Max(a, b) : Math.Min(a, b);
    }

    public sealed record Page(string Id, string Url, byte[] Bytes, int ParagraphEnd, int BodyStart);
}
