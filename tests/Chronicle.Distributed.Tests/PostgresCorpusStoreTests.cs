using System.Text.Json;
using Chronicle.Corpus.Dedup;
using Chronicle.Storage;
using Chronicle.Storage.Postgres;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Distributed.Tests;

/// <summary>The PostgreSQL store keeps the corpus store contract: the behaviours the SQLite store is tested for.</summary>
[Collection(ServerGroup.Name)]
public sealed class PostgresCorpusStoreTests(ServersFixture servers)
{
    [SkippableFact]
    public async Task A_new_store_is_migrated_to_the_latest_schema_version_and_reopens_without_migrating_again()
    {
        var location = servers.Postgres.CreateDatabase("schema");
        int version;
        await using (var store = PostgresCorpusStore.Open(location))
        {
            version = store.SchemaVersion;
            Assert.Equal(version, store.StoredSchemaVersion());
        }

        await using var again = CorpusStoreFactory.Open(location);
        Assert.IsType<PostgresCorpusStore>(again);
        Assert.Equal(version, again.SchemaVersion);
    }

    [SkippableFact]
    public async Task Writing_the_same_text_twice_adds_it_once_and_records_both_sources()
    {
        await using var store = PostgresCorpusStore.Open(servers.Postgres.CreateDatabase("idem"));
        var report = Articles.Report("a.example", "Aleppo", "2016-12-13");
        var first = await store.WriteBatchAsync([Articles.Record(report)], []);
        var second = await store.WriteBatchAsync([Articles.Record(report, "other-key"), Articles.Record(report, "third-key")], []);

        Assert.Equal(new WriteResult(1, 0, 0), first);
        Assert.Equal(new WriteResult(0, 2, 0), second);
        var done = await store.FindDoneSourcesAsync(["https://a.example/aleppo", "other-key", "third-key", "never-seen"]);
        Assert.Equal(3, done.Count);
        Assert.Equal(1, (await store.StatsAsync()).Documents);
    }

    [SkippableFact]
    public async Task Concurrent_writers_of_the_same_texts_store_each_text_once()
    {
        var location = servers.Postgres.CreateDatabase("race");
        var records = Enumerable.Range(0, 40).Select(i => Articles.Record(Articles.Report("race.example", "Town" + i, "2020-01-01"), "key-" + i)).ToList();
        var stores = Enumerable.Range(0, 4).Select(_ => PostgresCorpusStore.Open(location)).ToList();
        try
        {
            // Four writers, each writing every record in its own order and batches: every text must land once.
            var results = await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
            {
                var total = default(WriteResult);
                var order = records.OrderBy(r => (r.SourceKey.GetHashCode(StringComparison.Ordinal) * (w + 1)) & 0xFFFF).ToList();
                foreach (var chunk in order.Chunk(7))
                {
                    total += await store.WriteBatchAsync(chunk, []);
                }

                return total;
            })));

            Assert.Equal(40, results.Sum(r => r.Added));
            Assert.Equal(120, results.Sum(r => r.Unchanged));
            var stats = await stores[0].StatsAsync();
            Assert.Equal(40, stats.Documents);
            Assert.Equal(40, stats.Quotes);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [SkippableFact]
    public async Task Search_finds_a_quote_by_its_words_and_returns_the_quote()
    {
        await using var store = PostgresCorpusStore.Open(servers.Postgres.CreateDatabase("search"));
        await store.WriteBatchAsync([Articles.Record(Articles.Report("a.example", "Aleppo", "2016-12-13"))], []);

        var hit = Assert.Single(await store.SearchAsync(new SearchQuery("rebuild market winter")));
        Assert.NotNull(hit.Quote);
        Assert.Contains("rebuild", hit.Quote!.Text, StringComparison.Ordinal);
        Assert.Equal("Ahmad Khalil", hit.Quote.SpeakerName);
        Assert.Single(await store.SearchAsync(new SearchQuery("\"rebuild the market\"")));
        Assert.Empty(await store.SearchAsync(new SearchQuery("\"market the rebuild\"")));
        Assert.Empty(await store.SearchAsync(new SearchQuery("rebuild", From: new DateOnly(2017, 1, 1))));
        Assert.Empty(await store.SearchAsync(new SearchQuery("rebuild & !winter | x:*")));
        Assert.Single(await store.SearchAsync(new SearchQuery(Entity: "khalil")));
    }

    [SkippableFact]
    public async Task The_stored_json_is_served_back_exactly()
    {
        await using var store = PostgresCorpusStore.Open(servers.Postgres.CreateDatabase("json"));
        var record = Articles.Record(Articles.Report("a.example", "Mosul", "2017-03-01"));
        await store.WriteBatchAsync([record], []);

        var stored = new List<StoredDocumentJson>();
        await foreach (var item in store.DocumentsJsonAsync())
        {
            stored.Add(item);
        }

        Assert.Equal(record.Json, Assert.Single(stored).Json);
        Assert.Equal(record.Json, await store.GetDocumentJsonAsync(stored[0].Id));
    }

    [SkippableFact]
    public async Task An_error_is_recorded_once_per_source()
    {
        await using var store = PostgresCorpusStore.Open(servers.Postgres.CreateDatabase("errors"));
        var error = new IngestError("feed.jsonl#3", "extract", "binary input\0with a NUL");
        Assert.Equal(1, (await store.WriteBatchAsync([], [error])).Errors);
        Assert.Equal(0, (await store.WriteBatchAsync([], [error])).Errors);
        Assert.Equal("extract", Assert.Single(await store.ErrorsAsync()).Stage);
    }

    [SkippableFact]
    public async Task Entities_timelines_and_the_network_read_what_was_written()
    {
        await using var store = PostgresCorpusStore.Open(servers.Postgres.CreateDatabase("queries"));
        await store.WriteBatchAsync(
            [Articles.Record(Articles.Report("a.example", "Aleppo", "2016-12-13")), Articles.Record(Articles.Report("b.example", "Homs", "2016-12-12"))],
            []);

        var top = await store.TopEntitiesAsync(10);
        Assert.Equal(3, top.Count);
        Assert.Equal("Ahmad Khalil", top[0].Name);
        Assert.Equal(2, top[0].Documents);
        var timeline = await store.TimelineAsync("Ahmad Khalil");
        Assert.Equal(["2016-12-12", "2016-12-13"], timeline.Select(t => t.Date));
        Assert.All(timeline, t => Assert.Equal(1, t.Quotes));
        var edge = Assert.Single(await store.NetworkAsync("MIL"));
        Assert.Equal(2, edge.Events);
        Assert.Equal(2, edge.Conflict);
        Assert.Single(await store.FindEntitiesAsync("khalil"));
    }

    [SkippableFact]
    public async Task Both_engines_answer_every_shared_query_alike_after_consolidation()
    {
        // The same reports (three sites carrying one story, one other story) in a fresh store of each engine.
        DocumentRecord[] batch =
        [
            Articles.Record(Articles.Report("a.example", "Aleppo", "2016-12-13")),
            Articles.Record(Articles.Report("b.example", "Aleppo", "2016-12-13", speaker: "Ahmad Khalil Jr")),
            Articles.Record(Articles.Report("c.example", "Aleppo", "2016-12-14", speaker: "Ahmad Khalil Sr")),
            Articles.Record(Articles.Report("d.example", "Homs", "2016-11-02", speaker: "Lina Haddad")),
        ];
        var sqlitePath = Path.Combine(Directory.CreateTempSubdirectory("chronicle-engines-").FullName, "corpus.db");
        await using var sqlite = SqliteCorpusStore.Open(sqlitePath);
        await using var postgres = PostgresCorpusStore.Open(servers.Postgres.CreateDatabase("engines"));
        var answers = new List<string>();
        foreach (ICorpusStore store in (ICorpusStore[])[sqlite, postgres])
        {
            foreach (var record in batch)
            {
                // One at a time, so both engines number the documents alike.
                await store.WriteBatchAsync([record], []);
            }

            await CorpusConsolidator.RunAsync(store);
            answers.Add(WithoutEntityIds(JsonSerializer.Serialize(new object[]
            {
                await store.StatsAsync(),
                await store.TopEntitiesAsync(10),
                await store.FindEntitiesAsync("khalil"),
                await store.TimelineAsync("Ahmad Khalil"),
                await store.NetworkAsync(),
                await store.NetworkAsync("MIL"),
                await store.ClustersAsync(),
                await store.DuplicateGroupsAsync(),
                await store.EventRecordsAsync(),
                await store.CountRecordsAsync(),
                await store.CountsAsync().ToListAsync(),
                await store.SearchAsync(new SearchQuery(Entity: "Khalil", From: new DateOnly(2016, 12, 13))),
                Ranked(await store.SearchAsync(new SearchQuery("rebuild market"))),
                Ranked(await store.SearchAsync(new SearchQuery("Homs"))),
            })));
        }

        Assert.Contains("Ahmad Khalil", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0], answers[1]);
    }

    [SkippableFact]
    public async Task Both_engines_build_the_same_tables_and_columns_from_the_one_schema()
    {
        var sqlitePath = Path.Combine(Directory.CreateTempSubdirectory("chronicle-schema-").FullName, "corpus.db");
        await using (SqliteCorpusStore.Open(sqlitePath))
        {
        }

        var location = servers.Postgres.CreateDatabase("shape");
        await using (PostgresCorpusStore.Open(location))
        {
        }

        var sqlite = new List<string>();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sqlitePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();

            // Ordinary tables only: FTS5 keeps its index in tables of its own, PostgreSQL in a column and a GIN index.
            command.CommandText = """
                SELECT m.name, p.name, p."notnull", p.pk > 0 FROM sqlite_master m, pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND m.name NOT LIKE '%\_fts\_%' ESCAPE '\'
                ORDER BY m.name, p.cid
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sqlite.Add($"{reader.GetString(0)}.{reader.GetString(1)} {(reader.GetBoolean(2) || reader.GetBoolean(3) ? "required" : "optional")}");
            }
        }

        var postgres = new List<string>();
        await using (var source = Npgsql.NpgsqlDataSource.Create(Chronicle.Storage.Postgres.PostgresLocation.ToConnectionString(location)))
        await using (var command = source.CreateCommand("""
            SELECT table_name::text, column_name::text, is_nullable = 'NO' FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_name <> 'search'
            ORDER BY table_name, ordinal_position
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                postgres.Add($"{reader.GetString(0)}.{reader.GetString(1)} {(reader.GetBoolean(2) ? "required" : "optional")}");
            }
        }

        Assert.Contains("documents.duplicate_relation optional", sqlite);
        Assert.Contains("documents.ingested_at required", sqlite);
        Assert.Equal(sqlite, postgres);
    }

    /// <summary>Ranked hits as a set: scores and so the order among close hits are each engine's own (BM25 in SQLite, ts_rank in PostgreSQL).</summary>
    private static List<RankedHit> Ranked(IReadOnlyList<SearchHit> hits) =>
        [.. hits.Select(h => new RankedHit(h.Document.Id, h.Snippet, h.Quote?.Id)).OrderBy(h => h.DocumentId)];

    /// <summary>Entity ids are each engine's own numbering of a batch's entities; names identify them here.</summary>
    private static string WithoutEntityIds(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"(Id|EntityId)\":\\d+,\"(Name|EntityName)\"", "\"$2\"");

    private sealed record RankedHit(long DocumentId, string Snippet, long? QuoteId);
}
