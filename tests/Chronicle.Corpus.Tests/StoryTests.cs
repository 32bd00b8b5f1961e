using System.Text;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Corpus.Dedup;
using Chronicle.Corpus.Ingest;
using Chronicle.Corpus.Stories;
using Chronicle.Testing;

namespace Chronicle.Corpus.Tests;

/// <summary>Story clusters from learned term weights, and the founding example found with its teaser.</summary>
public sealed class StoryTests
{
    [Fact]
    public void Reports_sharing_rare_words_join_and_a_report_a_week_later_does_not()
    {
        var index = new StoryIndex();
        var idf = Idf(["quake", "amatrice", "rescuers", "toll", "market", "prices"], ["rubble"]);
        var a = index.Add(Unit(["quake", "amatrice", "rescuers", "rubble"], idf, 100));
        var b = index.Add(Unit(["quake", "amatrice", "toll", "rescuers"], idf, 101));
        var c = index.Add(Unit(["quake", "amatrice", "rescuers", "toll"], idf, 108));
        var d = index.Add(Unit(["market", "prices", "rubble"], idf, 100));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, d);
    }

    [Fact]
    public void A_report_without_a_date_joins_on_content_alone()
    {
        var index = new StoryIndex();
        var idf = Idf(["veto", "council", "resolution", "khan", "sheikhoun"], ["football"]);
        var a = index.Add(Unit(["veto", "council", "resolution", "khan", "sheikhoun"], idf, 200));
        var b = index.Add(Unit(["veto", "council", "resolution", "khan", "sheikhoun"], idf, null));
        Assert.Equal(a, b);
        Assert.Equal(0, index.Refine());
    }

    [Fact]
    public void Pairwise_scores_count_each_pair_once()
    {
        var ids = new[] { "a", "b", "c", "d" };
        var score = StoryEvaluation.Pairwise(ids, (x, y) => x != "d" && y != "d", (x, y) => (x, y) is ("a", "b") or ("c", "d"));
        Assert.Equal(1.0 / 3, score.Precision, 3);
        Assert.Equal(0.5, score.Recall, 3);
        Assert.Equal(2, score.GoldPairs);
        Assert.Equal(3, score.Mistakes.Count);
    }

    [SkippableFact]
    public async Task The_founding_example_and_its_continue_reading_teaser_are_one_story_with_the_teaser_an_excerpt()
    {
        var path = RepoPaths.RequireShared("docs", "founding-example.txt");
        var full = await File.ReadAllTextAsync(path);
        var blocks = full.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var title = blocks[0];
        var opening = blocks.Skip(1).First(b => b.Length > 200).Split('\n')[0];
        var teaser = title + "\n\nPosted on December 20, 2016 by the editors\n\n" + opening + "\n\nContinue reading →";

        await using var corpus = new TempCorpus();
        var lines = new StringBuilder();
        lines.AppendLine(JsonSerializer.Serialize(new { url = "https://blog.example/2016/12/crimes-in-aleppo", text = full, date = "2016-12-20" }));
        lines.AppendLine(JsonSerializer.Serialize(new { url = "https://wordpress.example/2016/12/20/crimes-in-aleppo/", text = teaser, date = "2016-12-20" }));
        var feed = corpus.Write("founding.jsonl", lines.ToString());
        await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync([feed]);

        var cluster = Assert.Single(await corpus.Store.ClustersAsync());
        Assert.Equal(2, cluster.Members.Count);
        var canonical = Assert.Single(cluster.Members, m => m.Url!.Contains("blog.example", StringComparison.Ordinal));
        var excerpt = Assert.Single(cluster.Members, m => m.Url!.Contains("wordpress.example", StringComparison.Ordinal));
        Assert.Equal(canonical.DocumentId, canonical.DuplicateGroup);
        Assert.Null(canonical.Relation);
        Assert.Equal(canonical.DocumentId, excerpt.DuplicateGroup);
        Assert.Equal(RepostRelations.Excerpt, excerpt.Relation);

        // The repost counts once: each entity of the op-ed is counted in one document.
        Assert.All(await corpus.Store.TopEntitiesAsync(5), e => Assert.Equal(1, e.Documents));
    }

    [SkippableFact]
    public async Task Stories_dev_is_clustered_and_its_reposts_found()
    {
        var directory = RepoPaths.RequireShared("data", "stories-dev");
        var (set, error) = StorySet.Load(directory);
        Assert.True(set is not null, error);
        var score = await StoryEvaluation.RunAsync(set!, ChronicleAnalyzer.Default);
        Assert.Equal(36, score.Documents);
        Assert.True(score.Stories.F1 >= 0.85, $"story pairwise F1 {score.Stories.F1:0.000}: {string.Join("; ", score.Stories.Mistakes)}");
        Assert.True(score.Copies.F1 >= 0.85, $"copy pairwise F1 {score.Copies.F1:0.000}: {string.Join("; ", score.Copies.Mistakes)}");
    }

    private static Func<uint, double> Idf(string[] rare, string[] common)
    {
        var weights = rare.Concat(common).Distinct().ToDictionary(w => Hash(w), w => rare.Contains(w) ? 3.0 : 0.5);
        return t => weights.GetValueOrDefault(t, 1.0);
    }

    private static StoryUnit Unit(string[] words, Func<uint, double> idf, int? day)
    {
        var terms = words.Select(Hash).Distinct().Order().ToArray();
        return StoryUnit.Weigh(terms, [.. terms.Select(_ => (ushort)1)], idf, 64, day, day);
    }

    private static uint Hash(string word) => TextSketch.Of(word).Terms[0];
}
