using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using Chronicle.Extraction.Decoding;
using Chronicle.Extraction.Html;
using Chronicle.Extraction.Metadata;

namespace Chronicle.Extraction.Tests;

/// <summary>
/// The allocation-free paths (pooled decoding, in-place filtering, the single metadata walk) give exactly what the
/// string and query based paths give.
/// </summary>
public sealed class FastPathTests
{
    static FastPathTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Pages by the decoding path they take; the name only labels the case.</summary>
    public static TheoryData<string, byte[]> Pages => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes("<meta charset=utf-8><p>Café in São Paulo</p>") },
        { "utf-8 bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("<p>Żółw</p>")] },
        { "utf-16 bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<p>Żółw</p>")] },
        { "declared legacy", [.. Encoding.ASCII.GetBytes("<meta charset=windows-1251><p>"), .. Encoding.GetEncoding(1251).GetBytes("Правительство"), .. "</p>"u8] },
        { "guessed legacy", Encoding.GetEncoding("shift_jis").GetBytes("<p>政府は、北部地域で洪水の被害を受けた家族を支援するための新しい措置を発表しました。</p>") },
        { "invalid utf-8", [.. "<meta charset=utf-8><p>caf"u8, 0xC3, 0x28, .. " ok</p>"u8] },
        { "ascii", Encoding.ASCII.GetBytes("<p>plain</p>") },
        { "declared utf-8 spelling U+FFFD", Encoding.UTF8.GetBytes("<meta charset=utf-8><p>caf\uFFFD</p>") },
        { "utf-8 bom spelling U+FFFD", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("<p>caf\uFFFD é</p>")] },
        { "invalid utf-8 after a bom", [.. Encoding.UTF8.GetPreamble(), .. "<p>caf"u8, 0xC3, 0x28, .. "</p>"u8] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Pooled_decoding_matches_string_decoding(string path, byte[] bytes)
    {
        Assert.NotEmpty(path);
        var expected = TextDecoder.DecodeHtml(bytes);
        var pooled = TextDecoder.DecodeHtmlPooled(bytes);
        try
        {
            Assert.Equal(expected.Text, new string(pooled.Buffer, 0, pooled.Length));
            Assert.Equal(expected.Encoding.WebName, pooled.Encoding.WebName);
            Assert.Equal(expected.Source, pooled.Source);
            Assert.Equal(expected.HadInvalidBytes, pooled.HadInvalidBytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(pooled.Buffer);
        }
    }

    [Theory]
    [InlineData("<p>a<script>x<y</script>b<!-- c -->d<style>p{}</style>e<svg><g/></svg>f</p>", "<p>abdef</p>")]
    [InlineData("<P>a<SCRIPT type=x>1</Script >b</P>", "<P>ab</P>")]
    [InlineData("<p>a<script>never closed", "<p>a<script>never closed")]
    [InlineData("<p>a<scripts>kept</scripts><svgx>kept</svgx></p>", "<p>a<scripts>kept</scripts><svgx>kept</svgx></p>")]
    [InlineData("<p>a<!-- unclosed", "<p>a")]
    [InlineData("<", "<")]
    [InlineData("text only", "text only")]
    public void Filtering_in_place_cuts_scripts_styles_svg_and_comments(string html, string expected)
    {
        Assert.Equal(expected, HtmlPrefilter.Strip(html));
        var buffer = html.ToCharArray();
        var length = HtmlPrefilter.Strip(buffer.AsSpan(), out _);
        Assert.Equal(expected, new string(buffer, 0, length));
    }

    [Fact]
    public void Containers_nested_too_deep_are_flattened_in_place()
    {
        var depth = HtmlPrefilter.MaxContainerDepth + 40;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</div>", depth));
        var buffer = html.ToCharArray();
        var length = HtmlPrefilter.Strip(buffer.AsSpan(), out var flattened);
        var kept = new string(buffer, 0, length);
        Assert.True(flattened);
        Assert.Equal(HtmlPrefilter.MaxContainerDepth, CountOf(kept, "<div>"));
        Assert.Equal(HtmlPrefilter.MaxContainerDepth, CountOf(kept, "</div>"));
        Assert.Contains("deep", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metadata_walk_finds_what_the_selectors_find()
    {
        const string html = """
            <html><head>
            <meta property="og:title" content="T"><link rel="stylesheet" href="/a.css"><link rel=" Canonical " href="/c">
            <link rel="canonical" href="/second"><META name="author" content="A">
            </head><body>
            <h1>Outside</h1>
            <p class="x BYLINE">no</p><p class="x&#9;byline">yes</p><a rel="Author" href="/a">yes</a><span itemprop="author">yes</span>
            <p class="author-name">yes</p><p class="author&#160;x">no</p><p itemprop="Author">no</p>
            <article><div><h1>Inside</h1><h1>Second</h1></div><time datetime="2020-01-02">a</time></article>
            <article><h1>Other article</h1></article>
            <div itemprop="datePublished">2020-01-01</div><div itemprop="datepublished">no</div>
            <time>b</time><time>c</time>
            <p class="date">d</p><p class="meta post-date">e</p><p class="dates">no</p>
            <svg><meta name="in-svg" content="x"/></svg>
            </body></html>
            """;
        using var document = HtmlArticleReader.Parse(html);
        var page = PageElements.Collect(document);
        Assert.Equal(document.GetElementsByTagName("meta"), page.Metas);
        Assert.NotNull(page.CanonicalLink);
        Assert.Same(FirstCanonical(document), page.CanonicalLink);
        Assert.Same(document.QuerySelector("article")!.QuerySelector("h1"), page.FirstArticleHeading);
        Assert.Same(document.QuerySelector("h1"), page.FirstHeading);
        Assert.Equal(document.QuerySelectorAll("[itemprop=datePublished]"), page.DatePublished);
        Assert.Equal(document.QuerySelectorAll("time").Take(PageElements.MaxTimes), page.Times);
        Assert.Equal(document.QuerySelectorAll("[itemprop=author], [rel=author], .byline, .author, .author-name, .byline-name"), page.Bylines);
        Assert.Equal(document.QuerySelectorAll(".byline, .date, .dateline, .published, .post-date, .entry-date, .article-date, .meta"), page.DateBlocks);
        Assert.Equal(4, page.Bylines.Count);
    }

    private static IElement? FirstCanonical(IDocument document)
    {
        foreach (var link in document.GetElementsByTagName("link"))
        {
            if (string.Equals(link.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase))
            {
                return link;
            }
        }

        return null;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
