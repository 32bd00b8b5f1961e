using Chronicle.Analysis;
using Chronicle.Corpus.Ingest;
using Chronicle.Storage;
using Chronicle.Testing;
using Microsoft.AspNetCore.Builder;

namespace Chronicle.Web.Tests;

/// <summary>
/// A real Kestrel server on a free loopback port over a temporary SQLite corpus filled by ingesting the repository's
/// examples and one hostile article (markup and event handlers in its title and text).
/// </summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    /// <summary>A word that occurs only in the hostile article, to find it by search.</summary>
    public const string HostileWord = "Quillfeather";

    public const string HostileText =
        "Council meeting <img src=x onerror=\"window.__xss = 1\"> ends in uproar\n\n" +
        "Residents of Quillfeather said <script>window.__xss = 2; alert('xss')</script> the council ignored them for months. " +
        "\"We will not be silenced <b onmouseover=\"window.__xss = 3\">here</b>,\" said Maria Lopez, a local organiser.\n\n" +
        "Police arrested 12 protesters outside the town hall on Tuesday, the mayor's office said.\n";

    /// <summary>Two dated reports of one story from two sites, so timelines, clusters and the side-by-side view have data.</summary>
    private static readonly (string File, string Site, string Date, string Title, string Body)[] DatedReports =
    [
        ("report-a.html", "northern-courier.example", "2024-03-05T08:00:00Z", "Militants storm police post in Kunduz",
            "Militants stormed a police checkpoint in Kunduz province of Afghanistan on Tuesday, killing nine police officers, the Interior Ministry said. " +
            "Provincial police chief Abdul Rahman said the Taliban had attacked the post before dawn. \"We were outnumbered,\" Abdul Rahman said. " +
            "The United Nations condemned the attack in Kunduz and urged restraint."),
        ("report-b.html", "valley-post.example", "2024-03-06T10:30:00Z", "Kunduz checkpoint attack kills police officers",
            "Nine police officers were killed when fighters attacked a checkpoint in Kunduz province, Afghanistan, the Interior Ministry said on Wednesday. " +
            "Police chief Abdul Rahman blamed the Taliban. \"The attackers came from the river,\" Abdul Rahman told reporters in Kunduz. " +
            "The United Nations called for an investigation."),
    ];

    private WebApplication? _app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "chronicle-web-tests-" + Guid.NewGuid().ToString("N"));

    public string StorePath => Path.Combine(Folder, "corpus.db");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var hostile = Path.Combine(Folder, "hostile-article.txt");
        await File.WriteAllTextAsync(hostile, HostileText);
        var sources = new List<string> { RepoPaths.Examples, hostile };
        foreach (var report in DatedReports)
        {
            var path = Path.Combine(Folder, report.File);
            await File.WriteAllTextAsync(path, Page(report.Site, report.Date, report.Title, report.Body));
            sources.Add(path);
        }

        await using (var store = CorpusStoreFactory.Open(StorePath))
        {
            var ingestor = new CorpusIngestor(store, ChronicleAnalyzer.Default, IngestOptions.Default with { Workers = 2 });
            await ingestor.RunAsync(sources);
        }

        _app = ChronicleWebApp.Build(Options());
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Number of documents ingested.</summary>
    public static int ExtraDocuments => 1 + DatedReports.Length;

    private static string Page(string site, string date, string title, string body) =>
        $"""
        <!doctype html><html><head><title>{title}</title>
        <meta property="og:site_name" content="{site}"><meta property="article:published_time" content="{date}">
        <link rel="canonical" href="https://{site}/news/{title.Replace(' ', '-')}"></head>
        <body><article><h1>{title}</h1><p>{body}</p></article></body></html>
        """;

    /// <summary>Options for a server over this fixture's corpus on a free port.</summary>
    public ChronicleWebOptions Options() => new()
    {
        StoreLocation = StorePath,
        Urls = "http://127.0.0.1:0",
        MaxAnalyzeBytes = 64 * 1024,
        AnalyzePermitsPerMinute = 1000,
    };

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
