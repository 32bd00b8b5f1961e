using Chronicle.Annotations;
using Chronicle.Evaluation.Extraction;
using Chronicle.Testing;

namespace Chronicle.Extraction.Tests;

/// <summary>A bar check on the public extraction benchmark; the full report is <c>chronicle eval extraction</c>.</summary>
public sealed class BenchmarkTests
{
    [SkippableFact]
    public void Extraction_dev_f1_stays_above_the_bar()
    {
        var folder = RepoPaths.RequireShared("data", "extraction-dev");
        var (pages, error) = ExtractionDataset.Load(folder);
        Assert.Null(error);
        var extractor = new ArticleExtractor();
        var (score, _, _) = ExtractionEvaluator.Run("chronicle", pages, (html, url) => extractor.FromHtml(html, new DocumentSource(null, url)).Text, warmUpPasses: 0);
        Assert.Equal(0, score.Empty);
        Assert.True(score.F1 >= 0.95, $"F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000}) is below 0.95");
    }

    [Fact]
    public void The_scorer_counts_shingles_as_the_reference_script_does()
    {
        var exact = ShingleScorer.Score("One two three four five.", "One two, three four five!");
        Assert.Equal(new PageScore(2, 0, 0, true), exact);
        var partial = ShingleScorer.Score("a b c d e", "a b c d x");
        Assert.Equal(1, partial.TruePositives);
        Assert.Equal(1, partial.FalsePositives);
        Assert.Equal(1, partial.FalseNegatives);
        Assert.True(ShingleScorer.Score("truth here", string.Empty).IsEmptyPrediction);
    }
}
