using System.Globalization;

namespace Chronicle.Bench.Throughput;

/// <summary>The published targets, checked against this run's figures.</summary>
internal static class Targets
{
    private const double EndToEndArticlesPerSecond = 300;
    private const double ExtractionOverReadability = 5;
    private const long PeakBytes = 1L << 30;

    public static void Write(TextWriter output, IReadOnlyList<PassResult> results, ThroughputOptions options)
    {
        var endToEnd = results.Where(r => r.Name == "end to end").MaxBy(r => r.Threads);
        if (endToEnd is not null)
        {
            Line(output, $"end to end ≥ {EndToEndArticlesPerSecond} articles/s on {endToEnd.Threads} threads", endToEnd.ArticlesPerSecond >= EndToEndArticlesPerSecond, $"{endToEnd.ArticlesPerSecond:F1}");

            // On a loaded machine the wall-clock figure understates the code; CPU time gives what idle cores would do.
            var idle = endToEnd.ArticlesPerCpuSecond * Math.Min(endToEnd.Threads, Environment.ProcessorCount);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        from CPU time: {endToEnd.ArticlesPerCpuSecond:F1} articles/CPU-s, about {idle:F0} articles/s on {endToEnd.Threads} idle cores"));
        }

        var extraction = results.FirstOrDefault(r => r.Name == "extraction" && r.Threads == 1);
        var readability = results.FirstOrDefault(r => r.Name.StartsWith("readability", StringComparison.Ordinal));
        if (extraction is not null && readability is not null && readability.ArticlesPerSecond > 0)
        {
            var ratio = extraction.ArticlesPerSecond / readability.ArticlesPerSecond;
            Line(output, $"extraction ≥ {ExtractionOverReadability}× Readability's pages/s (1 thread each)", ratio >= ExtractionOverReadability, $"{ratio:F1}×");
        }

        var peak = results.Where(r => !r.Name.StartsWith("readability", StringComparison.Ordinal) && !r.Name.StartsWith("smartreader", StringComparison.Ordinal))
            .Select(r => r.PeakRssBytes).DefaultIfEmpty().Max();
        Line(output, $"peak RSS ≤ 1 GB over {options.Documents} documents", peak <= PeakBytes, $"{peak / 1048576.0:F0} MB");
    }

    private static void Line(TextWriter output, string target, bool met, string measured) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: {target}: {measured} — {(met ? "met" : "NOT met")}"));
}
