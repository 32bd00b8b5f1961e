using Chronicle.Storage.Sqlite;

namespace Chronicle.Storage.Tests;

public sealed class SqliteCorpusStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-store-").FullName;

    private string DbPath => Path.Combine(_directory, "corpus.db");

    [Fact]
    public async Task A_new_store_is_migrated_to_the_latest_schema_version()
    {
        await using var store = SqliteCorpusStore.Open(DbPath);
        Assert.Equal(store.SchemaVersion, store.StoredSchemaVersion());
        Assert.True(store.SchemaVersion >= 1);
    }

    [Fact]
    public async Task Writing_the_same_text_twice_adds_it_once_and_records_both_sources()
    {
        await using var store = SqliteCorpusStore.Open(DbPath);
        var first = await store.WriteBatchAsync([TestDocuments.Record(TestDocuments.Report("a.example"))], []);
        var second = await store.WriteBatchAsync([TestDocuments.Record(TestDocuments.Report("a.example"), "other-key")], []);

        Assert.Equal(new WriteResult(1, 0, 0), first);
        Assert.Equal(new WriteResult(0, 1, 0), second);
        var done = await store.FindDoneSourcesAsync(["https://a.example/aleppo", "other-key", "never-seen"]);
        Assert.Equal(2, done.Count);
        Assert.DoesNotContain("never-seen", done);
        Assert.Equal(1, (await store.StatsAsync()).Documents);
    }

    [Fact]
    public async Task Search_finds_a_quote_by_its_words_and_returns_the_quote()
    {
        await using var store = SqliteCorpusStore.Open(DbPath);
        await store.WriteBatchAsync([TestDocuments.Record(TestDocuments.Report("a.example"))], []);

        var hits = await store.SearchAsync(new SearchQuery("forgive bombed hospital"));

        var hit = Assert.Single(hits);
        Assert.NotNull(hit.Quote);
        Assert.Contains("forgive", hit.Quote!.Text, StringComparison.Ordinal);
        Assert.Equal("Ahmad Khalil", hit.Quote.SpeakerName);
        Assert.Empty(await store.SearchAsync(new SearchQuery("forgive", From: new DateOnly(2017, 1, 1))));
        Assert.Single(await store.SearchAsync(new SearchQuery(Entity: "khalil")));
    }

    [Fact]
    public async Task The_stored_json_is_served_back_exactly()
    {
        await using var store = SqliteCorpusStore.Open(DbPath);
        var record = TestDocuments.Record(TestDocuments.Report("a.example"));
        await store.WriteBatchAsync([record], []);

        var stored = Assert.Single(await ToListAsync(store.DocumentsJsonAsync()));
        Assert.Equal(record.Json, stored.Json);
        Assert.Equal(record.Json, await store.GetDocumentJsonAsync(stored.Id));
    }

    [Fact]
    public async Task An_error_is_recorded_once_per_source()
    {
        await using var store = SqliteCorpusStore.Open(DbPath);
        var error = new IngestError("feed.jsonl#3", "extract", "binary input");
        Assert.Equal(1, (await store.WriteBatchAsync([], [error])).Errors);
        Assert.Equal(0, (await store.WriteBatchAsync([], [error])).Errors);
        var stored = Assert.Single(await store.ErrorsAsync());
        Assert.Equal("extract", stored.Stage);
    }

    [Fact]
    public async Task Entities_timelines_and_the_network_read_what_was_written()
    {
        await using var store = SqliteCorpusStore.Open(DbPath);
        await store.WriteBatchAsync(
            [
                TestDocuments.Record(TestDocuments.Report("a.example", "2016-12-13")),
                TestDocuments.Record(TestDocuments.Report("b.example", "2016-12-12", TestDocuments.Text + "\n\nMore follows.")),
            ],
            []);

        var top = await store.TopEntitiesAsync(10);
        Assert.Equal(2, top.Count);
        Assert.Equal(2, top[0].Documents);
        var timeline = await store.TimelineAsync("Ahmad Khalil");
        Assert.Equal(["2016-12-12", "2016-12-13"], timeline.Select(t => t.Date));
        Assert.All(timeline, t => Assert.Equal(1, t.Quotes));
        var edge = Assert.Single(await store.NetworkAsync("SYRMIL"));
        Assert.Equal(2, edge.Events);
        Assert.Equal(2, edge.Conflict);
        Assert.Equal(0, edge.Cooperation);
    }

    [Fact]
    public void Unknown_store_schemes_are_rejected_with_the_known_ones_listed()
    {
        var error = Assert.Throws<ArgumentException>(() => CorpusStoreFactory.Open("mongodb://localhost/x"));
        Assert.Contains("mongodb", error.Message, StringComparison.Ordinal);
        Assert.Contains("sqlite:PATH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sqlite_uri_opens_the_embedded_store()
    {
        await using var store = CorpusStoreFactory.Open("sqlite:" + DbPath);
        Assert.IsType<SqliteCorpusStore>(store);
        Assert.True(File.Exists(DbPath));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
