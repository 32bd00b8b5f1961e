using System.Text;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Corpus.Dedup;
using Chronicle.Corpus.Ingest;
using Chronicle.Storage;
using Chronicle.Testing;

namespace Chronicle.Corpus.Tests;

public sealed class IngestTests
{
    private const string Article =
        "Government aircraft struck a crowded market in the town of Maarat al-Numan on Tuesday, killing at least 23 civilians, " +
        "according to the Syrian Observatory for Human Rights. Rescue workers from the White Helmets said they pulled survivors " +
        "from the rubble for hours after the strike.\n\n" +
        "\"We found children under the stones,\" said Abdul Rahman Hassan, a rescue worker in Idlib province. " +
        "\"There was no military position anywhere near the market.\"\n\n" +
        "The Syrian government denied targeting civilians and said its forces had hit positions held by Hayat Tahrir al-Sham. " +
        "The United Nations envoy Geir Pedersen called for an immediate investigation into the attack and urged all parties " +
        "to respect the ceasefire agreed in Moscow earlier this year.\n\n" +
        "Turkey, which backs several rebel groups in Idlib, condemned the strike and warned that further attacks would push " +
        "thousands more people towards its border, where camps are already overcrowded ahead of the winter.";

    [Fact]
    public async Task The_same_article_on_three_sites_is_one_duplicate_group_and_one_story_with_syndicated_copies_flagged()
    {
        await using var corpus = new TempCorpus();
        var lines = new StringBuilder();
        foreach (var (site, host) in new[] { ("Levant Daily", "levant.example"), ("Gulf Observer", "gulf.example"), ("World Wire", "wire.example") })
        {
            var html = $"<html><head><title>Market strike kills 23</title><meta property=\"og:site_name\" content=\"{site}\"></head>" +
                $"<body><article><h1>Market strike kills 23</h1>{string.Concat(Article.Split("\n\n").Select(p => "<p>" + p + "</p>"))}</article></body></html>";
            lines.AppendLine(JsonSerializer.Serialize(new { url = $"https://{host}/2019/market-strike", html, date = "2019-07-23" }));
        }

        var feed = corpus.Write("syndicated.jsonl", lines.ToString());
        var summary = await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync([feed]);

        Assert.Equal(3, summary.Totals.Added);
        var group = Assert.Single(await corpus.Store.DuplicateGroupsAsync());
        Assert.Equal(3, group.Members.Count);
        Assert.Equal(2, group.Members.Count(m => m.Syndicated));
        Assert.False(group.Members.Single(m => m.DocumentId == group.Canonical).Syndicated);
        var cluster = Assert.Single(await corpus.Store.ClustersAsync());
        Assert.Equal(3, cluster.Members.Count);

        // Reposts count once: every entity of the story is in one story, not three.
        var top = await corpus.Store.TopEntitiesAsync(5);
        Assert.All(top, e => Assert.Equal(1, e.Documents));

        // Events and counts reported three times are one record each, keeping all three sources.
        Assert.All(await corpus.Store.EventRecordsAsync(), r => Assert.Equal(3, r.Sources.Select(s => s.DocumentId).Distinct().Count()));
        Assert.All(await corpus.Store.CountRecordsAsync(), r => Assert.Equal(3, r.Figures.Count));
    }

    [Fact]
    public async Task Search_finds_a_quote_of_an_ingested_article_by_its_words()
    {
        await using var corpus = new TempCorpus();
        var path = corpus.Write("strike.txt", "Market strike kills 23\n\n" + Article);
        await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync([path]);

        var hits = await corpus.Store.SearchAsync(new SearchQuery("children under the stones"));

        var hit = Assert.Single(hits);
        Assert.Contains("children under the stones", hit.Quote?.Text ?? hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_input_becomes_one_error_record_and_the_batch_goes_on()
    {
        await using var corpus = new TempCorpus();
        var good = corpus.Write("good.txt", Article);
        var binary = Path.Combine(corpus.Directory, "binary.txt");
        await File.WriteAllBytesAsync(binary, Enumerable.Range(0, 4096).Select(i => (byte)(i % 7 == 0 ? 0 : i)).ToArray());
        var missing = Path.Combine(corpus.Directory, "missing.txt");

        var summary = await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync([good, binary, missing]);

        Assert.Equal(1, summary.Totals.Added);
        Assert.Equal(2, summary.Totals.Failed);
        var errors = await corpus.Store.ErrorsAsync();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Stage)));

        var again = await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync([good, binary, missing]);
        Assert.Equal(0, again.Totals.Added);
        Assert.Equal(2, (await corpus.Store.ErrorsAsync()).Count);
    }

    [SkippableFact]
    public async Task Ingesting_the_shared_dev_sets_twice_adds_nothing_the_second_time()
    {
        var html = RepoPaths.RequireShared("data", "extraction-dev", "html");
        var news = RepoPaths.RequireShared("data", "news-dev");

        // A subset keeps the test fast on a small machine; the CLI ingests the whole sets.
        var inputs = Directory.GetFiles(html, "*.html").Order(StringComparer.Ordinal).Take(12)
            .Concat(Directory.GetFiles(news, "*.txt").Order(StringComparer.Ordinal).Take(8))
            .ToList();
        await using var corpus = new TempCorpus();

        var first = await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync(inputs);
        var stats = await corpus.Store.StatsAsync();
        var second = await new CorpusIngestor(corpus.Store, ChronicleAnalyzer.Default).RunAsync(inputs);

        Assert.Equal(inputs.Count, first.Totals.Added + first.Totals.Unchanged + first.Totals.Failed);
        Assert.True(first.Totals.Added >= inputs.Count - 2, $"only {first.Totals.Added} of {inputs.Count} added");
        Assert.Equal(0, second.Totals.Added);
        Assert.Equal(inputs.Count, second.Totals.Skipped);
        Assert.Equal(stats, await corpus.Store.StatsAsync());
    }

    [Fact]
    public void SimHash_puts_near_copies_close_and_different_texts_far_apart()
    {
        var a = SimHash.Of(Article);
        var b = SimHash.Of(Article.Replace("\"", "\u201C", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal));
        var c = SimHash.Of("Talks between the two delegations resumed in Geneva on Monday with a new agenda on prisoners and aid corridors.");

        Assert.Equal(0, SimHash.Distance(a, b));
        Assert.True(SimHash.Distance(a, c) > 10);
    }
}
