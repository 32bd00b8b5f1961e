using Chronicle.Analysis;
using Chronicle.Evaluation.News;
using Chronicle.Testing;

namespace Chronicle.Evaluation.Tests.News;

/// <summary>The quote, speaker, count, entity and event floors on ../shared news-dev (skipped when the data is absent).</summary>
public sealed class NewsDevFloorTests
{
    [SkippableFact]
    public void News_dev_quotes_speakers_counts_entities_and_events_stay_above_their_floors()
    {
        var folder = RepoPaths.RequireShared("data", "news-dev");
        var items = NewsEvaluation.LoadItems([folder]);
        Skip.If(items.Count == 0, "news-dev holds no gold files.");

        var score = NewsEvaluation.Run(ChronicleAnalyzer.Default, items);

        Assert.Equal(0, score.Failed);
        Assert.True(score.Quotes.F1 >= 0.90, $"quote F1 {score.Quotes.F1:F3} < 0.90");
        Assert.True(score.SpeakerAccuracy >= 0.85, $"speaker accuracy {score.SpeakerAccuracy:F3} < 0.85");
        Assert.True(score.Counts.F1 >= 0.85, $"counts F1 {score.Counts.F1:F3} < 0.85");
        Assert.True(score.Entities.F1 >= 0.75, $"entities F1 {score.Entities.F1:F3} < 0.75");
        Assert.True(score.Events.F1 >= 0.55, $"events F1 {score.Events.F1:F3} < 0.55");
        Assert.True(score.Events.Precision >= 0.65, $"events precision {score.Events.Precision:F3} < 0.65");
    }
}
