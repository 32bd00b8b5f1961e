using System.Diagnostics;

namespace Chronicle.Evaluation.Extraction;

/// <summary>Runs an extractor over benchmark pages on one thread, timing extraction alone, and scores its output.</summary>
public static class ExtractionEvaluator
{
    /// <summary>Untimed passes before the timed one, so that the timing measures steady state.</summary>
    public const int DefaultWarmUpPasses = 5;

    /// <summary>Scores <paramref name="extract"/> (HTML bytes and URL in, article text out) over <paramref name="pages"/>.</summary>
    public static (ExtractionScore Score, IReadOnlyList<string> Predictions, IReadOnlyList<PageScore> PageScores) Run(
        string system, IReadOnlyList<ExtractionPage> pages, Func<byte[], string?, string> extract, int warmUpPasses = DefaultWarmUpPasses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(extract);

        // Untimed passes first: the timed pass measures steady-state extraction, not JIT tiers and model loading.
        for (var pass = 0; pass < warmUpPasses; pass++)
        {
            foreach (var page in pages)
            {
                SafeExtract(extract, page);
            }
        }

        var predictions = new string[pages.Count];
        var elapsed = TimeSpan.Zero;
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < pages.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            predictions[i] = SafeExtract(extract, pages[i]);
            elapsed += Stopwatch.GetElapsedTime(start);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        var scores = new PageScore[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            scores[i] = ShingleScorer.Score(pages[i].Truth, predictions[i]);
        }

        return (ExtractionScore.From(system, scores, elapsed, cpu), predictions, scores);
    }

    private static string SafeExtract(Func<byte[], string?, string> extract, ExtractionPage page)
    {
        try
        {
            return extract(page.Html, page.Url) ?? string.Empty;
        }
        catch (Exception)
        {
            // A peer that throws on a page scores an empty prediction for it, as a crash would in production.
            return string.Empty;
        }
    }
}
