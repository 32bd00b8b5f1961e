using Chronicle.Analysis;
using Chronicle.Evaluation.News;
using Chronicle.Testing;

namespace Chronicle.Evaluation.Tests.News;

/// <summary>The quote, speaker and count floors on ../shared news-dev (skipped when the data is absent).</summary>
public sealed class NewsDevFloorTests
{
    [SkippableFact]
    public void News_dev_quotes_speakers_and_counts_stay_above_their_floors()
    {
        var folder = RepoPaths.RequireShared("data", "news-dev");
        var items = NewsEvaluation.LoadItems([folder]);
        Skip.If(items.Count == 0, "news-dev holds no gold files.");

        var score = NewsEvaluation.Run(ChronicleAnalyzer.Default, items);

        Assert.Equal(0, score.Failed);
        Assert.True(score.Quotes.F1 >= 0.90, $"quote F1 {score.Quotes.F1:F3} < 0.90");
        Assert.True(score.SpeakerAccuracy >= 0.85, $"speaker accuracy {score.SpeakerAccuracy:F3} < 0.85");
        Assert.True(score.Counts.F1 >= 0.85, $"counts F1 {score.Counts.F1:F3} < 0.85");
    }
}
