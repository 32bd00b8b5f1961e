using System.Text;

namespace Chronicle.Robustness.Tests;

/// <summary>Generated hostile inputs, each a file name (its extension picks HTML or text) and its bytes.</summary>
internal static class HostileInputs
{
    public static byte[] InvalidUtf8() =>
        [.. "<html><body><article><p>Broken "u8, 0xC3, 0x28, .. " bytes "u8, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. " here.</p>"u8, .. Article(), .. "</article></body></html>"u8];

    /// <summary>A few ordinary paragraphs, so that extraction has an article to find around the hostile part.</summary>
    public static byte[] Article() => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(
        "<p>Officials said on Monday that 12 people were hurt when the old bridge over the river collapsed during the morning rush, and that rescue teams were still searching the water.</p>", 6)));

    public static byte[] ArticlePage() => [.. "<html><head><title>Bridge collapse</title></head><body><article>"u8, .. Article(), .. "</article></body></html>"u8];

    /// <summary>UTF-8 and windows-1252 in one file, as pages stitched from two sources are.</summary>
    public static byte[] MixedEncodings() =>
        [.. Encoding.UTF8.GetBytes("Café in UTF-8, then "), .. Encoding.Latin1.GetBytes("café in Latin-1 \u00e9\u00e8"), .. " end."u8];

    /// <summary>A 50 MB page of ordinary paragraphs: far past the default input cap.</summary>
    public static byte[] HugePage(int bytes = 50 * 1024 * 1024)
    {
        var paragraph = "<p>The council met again on Tuesday and said that the talks would go on, officials said.</p>\n"u8;
        var page = new byte[bytes];
        var head = "<html><head><title>Huge</title></head><body>"u8;
        head.CopyTo(page);
        for (var at = head.Length; at < bytes; at += paragraph.Length)
        {
            paragraph[..Math.Min(paragraph.Length, bytes - at)].CopyTo(page.AsSpan(at));
        }

        return page;
    }

    public static byte[] DeepNesting(int depth = 100_000) =>
        Encoding.ASCII.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep.</p></body></html>");

    /// <summary>PNG-like binary: a signature and pseudo-random bytes.</summary>
    public static byte[] Binary()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        "\x89PNG\r\n\x1A\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static byte[] NulBytes() => [.. "Text with "u8, 0, 0, .. " NUL bytes inside, said the report."u8];

    public static byte[] Empty() => [];
}
