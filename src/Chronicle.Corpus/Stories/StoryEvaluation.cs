using System.Text;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Corpus.Ingest;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Corpus.Stories;

/// <summary>Pairwise precision, recall and F1 over document pairs.</summary>
public sealed record PairScore(double Precision, double Recall, double F1, int GoldPairs, IReadOnlyList<string> Mistakes);

/// <summary>The scores of one story set: story clusters and repost (duplicate) groups.</summary>
public sealed record StoryScore(int Documents, int Clustered, PairScore Stories, PairScore Copies);

/// <summary>
/// Scores story clustering and repost detection the way <c>tools/score_stories.py</c> does: the texts are ingested
/// into a fresh SQLite store (url, text and date when known), the clusters read back, and every pair of documents is
/// counted: for stories, same predicted cluster against same gold story (distractors belong to none); for copies,
/// same duplicate group against the gold copy pairs.
/// </summary>
public static class StoryEvaluation
{
    public static async Task<StoryScore> RunAsync(StorySet set, ChronicleAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(analyzer);
        return await WithScratchStoreAsync(
            set, analyzer, consolidate: true, async store => Score(set, await store.ClustersAsync(100_000, cancellationToken)), cancellationToken);
    }

    /// <summary>Ingests the set into a scratch SQLite store (consolidated or not), runs <paramref name="body"/> on it and removes the store.</summary>
    internal static async Task<T> WithScratchStoreAsync<T>(
        StorySet set, ChronicleAnalyzer analyzer, bool consolidate, Func<ICorpusStore, Task<T>> body, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("chronicle-stories-").FullName;
        try
        {
            var input = Path.Combine(directory, "in.jsonl");
            await File.WriteAllTextAsync(input, InputLines(set), cancellationToken);
            await using var store = SqliteCorpusStore.Open(Path.Combine(directory, "corpus.db"));
            await new CorpusIngestor(store, analyzer, IngestOptions.Default with { Consolidate = consolidate }).RunAsync([input], null, cancellationToken);
            return await body(store);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The set as JSON Lines input for <c>chronicle ingest</c>: url, text, and the date when known.</summary>
    public static string InputLines(StorySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var lines = new StringBuilder();
        foreach (var text in set.Texts)
        {
            lines.AppendLine(text.Date is null
                ? JsonSerializer.Serialize(new { url = text.Url, text = text.Text })
                : JsonSerializer.Serialize(new { url = text.Url, text = text.Text, date = text.Date }));
        }

        return lines.ToString();
    }

    /// <summary>The predicted cluster of each text id that is in a listed cluster.</summary>
    public static Dictionary<string, long> ClusterOf(StorySet set, IReadOnlyList<ClusterSummary> clusters)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(clusters);
        var byUrl = set.Texts.ToDictionary(t => t.Url, t => t.Id, StringComparer.Ordinal);
        var cluster = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            foreach (var m in c.Members)
            {
                if (m.Url is not null && byUrl.TryGetValue(m.Url, out var id))
                {
                    cluster[id] = c.Id;
                }
            }
        }

        return cluster;
    }

    /// <summary>Scores clusters (as <c>chronicle clusters</c> lists them) against the set's labels.</summary>
    public static StoryScore Score(StorySet set, IReadOnlyList<ClusterSummary> clusters)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(clusters);
        var byUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in set.Texts)
        {
            byUrl[text.Url] = text.Id;
        }

        var cluster = new Dictionary<string, long>(StringComparer.Ordinal);
        var group = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            foreach (var m in c.Members)
            {
                if (m.Url is not null && byUrl.TryGetValue(m.Url, out var id))
                {
                    cluster[id] = c.Id;
                    if (m.DuplicateGroup is { } g)
                    {
                        group[id] = g;
                    }
                }
            }
        }

        var ids = set.Texts.Select(t => t.Id).ToList();
        var stories = Pairwise(
            ids,
            (a, b) => cluster.TryGetValue(a, out var x) && cluster.TryGetValue(b, out var y) && x == y,
            (a, b) => set.StoryOf.TryGetValue(a, out var x) && set.StoryOf.TryGetValue(b, out var y) && x == y);
        var copies = Pairwise(
            ids,
            (a, b) => group.TryGetValue(a, out var x) && group.TryGetValue(b, out var y) && x == y,
            (a, b) => set.Copies.Contains(StorySet.Pair(a, b)));
        return new StoryScore(ids.Count, cluster.Count, stories, copies);
    }

    /// <summary>Pairwise precision, recall and F1 of a predicted relation against a gold one, with the pairs they disagree on.</summary>
    public static PairScore Pairwise(IReadOnlyList<string> ids, Func<string, string, bool> predicted, Func<string, string, bool> gold)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        int tp = 0, fp = 0, fn = 0;
        var mistakes = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var p = predicted(ids[i], ids[j]);
                var g = gold(ids[i], ids[j]);
                tp += p && g ? 1 : 0;
                fp += p && !g ? 1 : 0;
                fn += g && !p ? 1 : 0;
                if (p != g)
                {
                    mistakes.Add($"{(p ? "false" : "missed")}: {ids[i]} {ids[j]}");
                }
            }
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PairScore(precision, recall, f1, tp + fn, mistakes);
    }
}
