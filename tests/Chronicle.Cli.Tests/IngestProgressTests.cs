using System.Globalization;
using System.Text;

namespace Chronicle.Cli.Tests;

/// <summary>The progress lines of <c>ingest</c> count the records inside a container file, not the file.</summary>
public sealed class IngestProgressTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-progress-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Last_progress_line_of_a_warc_ingest_counts_its_records()
    {
        const int records = 40;
        var warc = Path.Combine(_directory, "crawl.warc");
        using (var file = File.Create(warc))
        {
            // A request record between responses is not a document and must not be counted as one.
            file.Write(Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray()));
            for (var i = 0; i < records; i++)
            {
                var html = string.Create(
                    CultureInfo.InvariantCulture,
                    $"<html><head><title>Report {i}</title></head><body><article><p>Officials in town number {i} said on Monday that the bridge " +
                    $"over the river would reopen after {i + 2} weeks of repairs, according to the regional council.</p></article></body></html>");
                file.Write(Record("request", $"https://news.example/{i}", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray()));
                file.Write(Record("response", $"https://news.example/{i}", "application/http; msgtype=response", Http(html)));
            }
        }

        var db = Path.Combine(_directory, "corpus.db");
        var (code, output, error) = await CliRunner.RunAsync(["ingest", warc, "--db", db, "--workers", "2", "--no-consolidate"]);

        Assert.Equal(0, code);
        Assert.Contains($"{records} added", output, StringComparison.Ordinal);
        var last = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(l => l.StartsWith("ingest:", StringComparison.Ordinal));
        Assert.Contains($"{records} documents ({records} added, 0 unchanged, 0 skipped, 0 failed)", last, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0.0/s", last, StringComparison.Ordinal);
    }

    private static byte[] Http(string html)
    {
        var body = Encoding.UTF8.GetBytes(html);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    private static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n")
            .Append("WARC-Date: 2016-12-13T10:00:00Z\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        header.Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }
}
