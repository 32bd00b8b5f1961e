using System.Text;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Corpus.Dedup;
using Chronicle.Corpus.Ingest;
using Microsoft.Data.Sqlite;

namespace Chronicle.Corpus.Tests;

/// <summary>
/// Consolidation writes only the documents whose grouping changed: what it no longer groups must still be cleared,
/// and grouping again restores the same groups.
/// </summary>
public sealed class RegroupingTests
{
    private const string Opening =
        "Flood water swept through the lower town of Castelvecchio on Sunday night after the river burst its banks upstream, " +
        "forcing more than four hundred families from their homes and cutting the only road to the valley.";

    private const string Rest =
        "Firefighters used boats to reach elderly residents trapped on upper floors, and the regional civil protection agency " +
        "opened two shelters in school gymnasiums on the hill above the old bridge.\n\n" +
        "Engineers will inspect the embankment once the level falls, the agency said, adding that the damage to farmland " +
        "along the river could take months to assess and that insurers had already sent assessors.";

    [Fact]
    public async Task A_document_no_longer_grouped_is_cleared_and_grouping_again_restores_the_same_groups()
    {
        await using var corpus = new TempCorpus();
        var lines = new StringBuilder();
        lines.AppendLine(JsonSerializer.Serialize(new { url = "https://a.example/floods", text = "Floods in Castelvecchio\n\n" + Opening + "\n\n" + Rest, date = "2024-10-06" }));
        lines.AppendLine(JsonSerializer.Serialize(new { url = "https://b.example/teaser", text = "Hundreds flee floods\n\n" + Opening + "\n\nContinue reading", date = "2024-10-06" }));
        await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync([corpus.Write("floods.jsonl", lines.ToString())]);
        var grouped = Columns(corpus.DbPath);
        Assert.Equal(2, grouped.Count(r => r.Group is not null));
        Assert.Contains(grouped, r => r.Relation == RepostRelations.Excerpt && r.Syndicated);
        Assert.Single(await corpus.Store.DuplicateGroupsAsync());

        // Settings under which nothing is a repost or a story: every column goes back to empty.
        await CorpusConsolidator.RunAsync(corpus.Store, DedupOptions.Default with { MinSharedFingerprints = int.MaxValue, StoryThreshold = 2 });
        Assert.All(Columns(corpus.DbPath), r => Assert.Equal(new Grouping(null, false, null, null), r));
        Assert.Empty(await corpus.Store.DuplicateGroupsAsync());
        Assert.Empty(await corpus.Store.ClustersAsync());

        await CorpusConsolidator.RunAsync(corpus.Store);
        Assert.Equal(grouped, Columns(corpus.DbPath));
    }

    private static List<Grouping> Columns(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT duplicate_group, syndicated, duplicate_relation, cluster FROM documents ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<Grouping>();
        while (reader.Read())
        {
            rows.Add(new Grouping(
                reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3)));
        }

        return rows;
    }

    private sealed record Grouping(long? Group, bool Syndicated, string? Relation, long? Cluster);
}
