using System.Diagnostics;
using System.Globalization;
using Chronicle.Bench.Throughput;
using Chronicle.Corpus.Dedup;
using Chronicle.Storage;

namespace Chronicle.Bench.Corpus;

/// <summary>
/// <c>consolidate --db PATH [--runs N]</c>: times consolidation alone (reposts, stories, event and count records,
/// written back) on a store an <c>ingest --db PATH</c> run filled, so two builds can be compared on the same
/// documents without paying for the ingest twice.
/// </summary>
internal static class ConsolidationBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? db = null;
        var runs = 1;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is not null:
                    db = value;
                    i++;
                    break;
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    runs = n;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine("usage: consolidate --db PATH [--runs N]");
                    return 2;
            }
        }

        if (db is null || !File.Exists(db))
        {
            Console.Error.WriteLine("consolidate needs --db PATH of a store filled by `ingest --db PATH`.");
            return 2;
        }

        await using var store = CorpusStoreFactory.Open(db);
        var stats = await store.StatsAsync();
        Console.WriteLine($"Consolidating {stats.Documents} documents in {db}; load average {LoadAverage()}");
        PeakMemory.Reset();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var phases = new List<ConsolidationPhase>();
            var grouping = await CorpusConsolidator.RunAsync(store, null, phases);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var relations = string.Join(", ", grouping.DuplicateGroups.Where(g => g.Relation is not null).GroupBy(g => g.Relation).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"consolidation: {seconds:F1} s ({cpuSeconds:F1} CPU s); {grouping.DuplicateGroups.Select(g => g.GroupId).Distinct().Count()} duplicate groups ({grouping.DuplicateGroups.Count(g => g.Syndicated)} syndicated copies; {relations}), {grouping.Clusters.Select(c => c.GroupId).Distinct().Count()} story clusters, {grouping.EventRecords.Count} event records; peak RSS {PeakMemory.PeakBytes() / 1048576} MB; load average {LoadAverage()}"));
            Console.WriteLine("  " + string.Join("; ", phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Wall.TotalSeconds:F1} s ({p.Cpu.TotalSeconds:F1} CPU s)"))));
        }

        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
