using System.IO.Compression;
using System.Text;
using Chronicle.Analysis;
using Chronicle.Corpus.Sources;
using Chronicle.Testing;

namespace Chronicle.Corpus.Tests;

public sealed class SourceReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-sources-").FullName;

    [Fact]
    public void A_multi_member_warc_gz_yields_only_its_html_responses_with_their_charset()
    {
        var path = Path.Combine(_directory, "news.warc.gz");
        using (var file = File.Create(path))
        {
            WriteMember(file, WarcRecords.Record("warcinfo", null, "application/warc-fields", Encoding.ASCII.GetBytes("software: test\r\n")));
            WriteMember(file, WarcRecords.Record("request", "https://a.example/story", "application/http; msgtype=request", Encoding.ASCII.GetBytes("GET /story HTTP/1.1\r\nHost: a.example\r\n\r\n")));
            WriteMember(file, WarcRecords.Record("response", "https://a.example/story", "application/http; msgtype=response", WarcRecords.Http("200 OK", "text/html; charset=windows-1252", Encoding.Latin1.GetBytes("<html><body><p>Caf\u00e9 bombed</p></body></html>"))));
            WriteMember(file, WarcRecords.Record("response", "https://a.example/logo.png", "application/http; msgtype=response", WarcRecords.Http("200 OK", "image/png", [0x89, 0x50, 0x4E, 0x47])));
            WriteMember(file, WarcRecords.Record("response", "https://a.example/missing", "application/http; msgtype=response", WarcRecords.Http("404 Not Found", "text/html", Encoding.ASCII.GetBytes("<html>gone</html>"))));
            WriteMember(file, WarcRecords.Record("response", "https://b.example/other", "application/http; msgtype=response", WarcRecords.Http("200 OK", "text/html", Encoding.UTF8.GetBytes("<html><body><p>Second</p></body></html>"))));
        }

        var counter = new ByteCounter();
        var inputs = WarcReader.Read(path, SourceLimits.Default, counter).ToList();

        Assert.Equal(2, inputs.Count);
        Assert.All(inputs, i => Assert.Null(i.Error));
        Assert.Equal("https://a.example/story", inputs[0].Source.Url);
        Assert.Equal(InputKind.Html, inputs[0].Kind);
        Assert.Equal("windows-1252", inputs[0].Charset);
        Assert.Equal(0xE9, inputs[0].Bytes![inputs[0].Bytes!.AsSpan().IndexOf("Caf"u8) + 3]);
        Assert.Equal("https://b.example/other", inputs[1].Source.Url);
        Assert.NotEqual(inputs[0].SourceKey, inputs[1].SourceKey);
        Assert.Equal(new FileInfo(path).Length, counter.Value);
    }

    [Fact]
    public void A_record_larger_than_the_skip_budget_ends_the_file_with_an_error_instead_of_reading_it()
    {
        var path = Path.Combine(_directory, "bomb.warc.gz");
        using (var file = File.Create(path))
        {
            WriteMember(file, WarcRecords.Record("response", "https://a.example/ok", "application/http; msgtype=response", WarcRecords.Http("200 OK", "text/html", Encoding.UTF8.GetBytes("<html><p>fine</p></html>"))));

            // Claims 10 GB; only a little follows. The reader must not try to allocate or inflate it.
            var header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\nContent-Length: 10000000000\r\n\r\n";
            WriteMember(file, Encoding.ASCII.GetBytes(header + new string('A', 1000)));
        }

        var inputs = WarcReader.Read(path, SourceLimits.Default with { MaxSkipBytes = 1024 * 1024 }, new ByteCounter()).ToList();

        Assert.Equal(2, inputs.Count);
        Assert.Null(inputs[0].Error);
        Assert.Contains("skip budget", inputs[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_and_atom_items_become_pages_with_link_and_date()
    {
        var rss = Path.Combine(_directory, "feed.rss");
        File.WriteAllText(rss, """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <item><title>Strike on market</title><link>https://a.example/1</link><pubDate>Tue, 13 Dec 2016 10:00:00 GMT</pubDate>
            <description>Short</description><content:encoded><![CDATA[<p>Twelve people were killed.</p>]]></content:encoded></item>
            <item><title>Empty</title><link>https://a.example/2</link></item>
            </channel></rss>
            """);
        var atom = Path.Combine(_directory, "feed.atom");
        File.WriteAllText(atom, """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>Talks resume</title><link rel="alternate" href="https://b.example/talks"/><published>2016-12-14T08:00:00+01:00</published>
            <content type="html">&lt;p&gt;Negotiators met in Geneva.&lt;/p&gt;</content></entry></feed>
            """);

        var items = SourceReader.Read([rss, atom], SourceLimits.Default).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("https://a.example/1", items[0].Source.Url);
        Assert.Equal("2016-12-13T10:00:00Z", items[0].Date);
        Assert.Contains("Twelve people were killed.", items[0].Content, StringComparison.Ordinal);
        Assert.Contains("<title>Strike on market</title>", items[0].Content, StringComparison.Ordinal);
        Assert.NotNull(items[1].Error);
        Assert.Equal("https://b.example/talks", items[2].Source.Url);
        Assert.Equal("2016-12-14T07:00:00Z", items[2].Date);
        Assert.Contains("<p>Negotiators met in Geneva.</p>", items[2].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_yield_one_input_per_line_and_an_error_for_a_bad_line()
    {
        var path = Path.Combine(_directory, "batch.jsonl");
        File.WriteAllText(path, """
            {"url": "https://a.example/x", "html": "<p>One</p>", "date": "2016-12-13"}
            not json
            {"url": "https://a.example/y", "text": "Two"}
            {"url": "https://a.example/z"}

            """);

        var inputs = SourceReader.Read([path], SourceLimits.Default).ToList();

        Assert.Equal(4, inputs.Count);
        Assert.Equal(InputKind.Html, inputs[0].Kind);
        Assert.Equal("2016-12-13", inputs[0].Date);
        Assert.NotNull(inputs[1].Error);
        Assert.Equal(InputKind.Text, inputs[2].Kind);
        Assert.Equal("Two", inputs[2].Content);
        Assert.NotNull(inputs[3].Error);
        Assert.Equal(4, inputs.Select(i => i.SourceKey).Distinct().Count());
    }

    [Fact]
    public void Directories_are_walked_in_order_and_skip_assets()
    {
        File.WriteAllText(Path.Combine(_directory, "b.txt"), "B text");
        File.WriteAllText(Path.Combine(_directory, "a.html"), "<p>A</p>");
        File.WriteAllText(Path.Combine(_directory, "style.css"), "p{}");
        Directory.CreateDirectory(Path.Combine(_directory, "sub"));
        File.WriteAllText(Path.Combine(_directory, "sub", "c.txt"), "C text");

        var inputs = SourceReader.Read([_directory], SourceLimits.Default).ToList();

        Assert.Equal(["a.html", "b.txt", "c.txt"], inputs.Select(i => Path.GetFileName(i.Source.Path!)));
        Assert.Equal(InputKind.Html, inputs[0].Kind);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Each record is its own gzip member, as Common Crawl writes them.</summary>
    private static void WriteMember(Stream file, byte[] record)
    {
        using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(record);
    }
}
