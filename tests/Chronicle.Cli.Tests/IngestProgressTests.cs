using System.Globalization;
using System.Text;
using Chronicle.Testing;

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
            file.Write(WarcRecords.Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray()));
            for (var i = 0; i < records; i++)
            {
                var html = string.Create(
                    CultureInfo.InvariantCulture,
                    $"<html><head><title>Report {i}</title></head><body><article><p>Officials in town number {i} said on Monday that the bridge " +
                    $"over the river would reopen after {i + 2} weeks of repairs, according to the regional council.</p></article></body></html>");
                file.Write(WarcRecords.Record("request", $"https://news.example/{i}", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray()));
                file.Write(WarcRecords.Record("response", $"https://news.example/{i}", "application/http; msgtype=response", WarcRecords.Http("200 OK", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html))));
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
}
