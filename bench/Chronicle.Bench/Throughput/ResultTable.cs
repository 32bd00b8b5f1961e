using System.Globalization;

namespace Chronicle.Bench.Throughput;

/// <summary>Prints the passes as an aligned table (also valid Markdown, for docs/BENCHMARKS.md).</summary>
internal static class ResultTable
{
    /// <summary>Prints one row as soon as its pass ends, so a long run that is stopped early still leaves its figures.</summary>
    public static PassResult Report(PassResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Console.WriteLine("  done: " + Row(result));
        return result;
    }

    public static void Write(TextWriter output, IReadOnlyList<PassResult> results)
    {
        output.WriteLine("| pass | threads | docs | seconds | articles/s | MB/s | CPU s | articles/CPU-s | peak RSS MB | KB alloc/doc | GC pause % | failures |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            output.WriteLine(Row(r));
        }

        output.WriteLine("MB/s counts input HTML bytes, except for stages, which count extracted text characters.");
        output.WriteLine("KB alloc/doc: managed bytes allocated per document; GC pause %: share of wall-clock time paused for collections.");
        output.WriteLine("(busy) rows: documents over the CPU time spent in that stage, shared among the workers.");
    }

    private static string Row(PassResult r) =>
        string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Name}{(r.BusyShare ? " (busy)" : string.Empty)} | {r.Threads} | {r.Documents} | {r.EffectiveSeconds:F2} | {r.ArticlesPerSecond:F1} | {r.MegabytesPerSecond:F1} | {r.CpuSeconds:F2} | {r.ArticlesPerCpuSecond:F1} | {r.PeakRssBytes / 1048576.0:F0} | {(r.AllocatedBytes > 0 ? r.AllocatedKilobytesPerDocument.ToString("F0", CultureInfo.InvariantCulture) : "–")} | {(r.AllocatedBytes > 0 ? r.GcPausePercent.ToString("F1", CultureInfo.InvariantCulture) : "–")} | {r.Failures} |");
}
