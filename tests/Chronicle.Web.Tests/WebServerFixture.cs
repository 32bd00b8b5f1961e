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
        await using (var store = CorpusStoreFactory.Open(StorePath))
        {
            var ingestor = new CorpusIngestor(store, ChronicleAnalyzer.Default, IngestOptions.Default with { Workers = 2 });
            await ingestor.RunAsync([RepoPaths.Examples, hostile]);
        }

        _app = ChronicleWebApp.Build(Options());
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

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
