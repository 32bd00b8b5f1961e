using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Chronicle.Analysis;
using Chronicle.Bench.Throughput;
using Chronicle.Corpus.Dedup;
using Chronicle.Corpus.Ingest;
using Chronicle.Storage;

namespace Chronicle.Bench.Corpus;

/// <summary>
/// <c>ingest</c>: real pages and reports replicated with changes (<see cref="VariedCorpus"/>) and streamed through the
/// same <see cref="CorpusIngestor"/> that <c>chronicle ingest</c> runs, into a real SQLite store, then consolidated.
/// Prints articles/s, MB/s and peak resident memory, with a checkpoint line every 10,000 documents so a reader can
/// see whether memory stays flat as the count grows.
/// </summary>
internal static class IngestThroughput
{
    private const int CheckpointEvery = 10_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var documents = 100_000;
        var threads = Environment.ProcessorCount;
        string? db = null;
        string? sharedOption = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--docs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    documents = n;
                    i++;
                    break;
                case "--threads" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    threads = n;
                    i++;
                    break;
                case "--db" when value is not null:
                    db = value;
                    i++;
                    break;
                case "--shared" when value is not null:
                    sharedOption = value;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'.");
                    Console.Error.WriteLine("usage: ingest [--docs N] [--threads N] [--db PATH] [--shared PATH]");
                    return 2;
            }
        }

        var shared = BenchPaths.Shared(sharedOption);
        var corpus = shared is null ? null : VariedCorpus.Load(Path.Combine(shared, "data", "extraction-dev", "html"), Path.Combine(shared, "data", "news-dev"));
        if (corpus is null)
        {
            Console.Error.WriteLine("The ingest bench reads ../shared/data/extraction-dev/html and news-dev (or CHRONICLE_SHARED / --shared); they are not present.");
            return 2;
        }

        var scratch = db is null ? Directory.CreateTempSubdirectory("chronicle-ingest-bench-").FullName : null;
        var location = db ?? Path.Combine(scratch!, "bench.db");
        try
        {
            return await RunAsync(corpus, documents, threads, location);
        }
        finally
        {
            if (scratch is not null)
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(VariedCorpus corpus, int documents, int threads, string location)
    {
        Console.WriteLine($"Chronicle ingest bench: {corpus.BaseCount} real documents ({corpus.BaseBytes / 1e6:F1} MB) replicated with changes to {documents} inputs, streamed.");
        Console.WriteLine($"Store: SQLite at {location}; {threads} analysis worker(s); {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC.");
        Console.WriteLine($"Load average at start: {LoadAverage()}");
        PeakMemory.Reset();
        var analyzer = ChronicleAnalyzer.Default;
        var options = IngestOptions.Default with { Workers = threads, Consolidate = false, ProgressInterval = TimeSpan.FromMilliseconds(250) };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var checkpoints = new Checkpoints(clock, cpu);
        IngestSummary summary;
        await using (var store = CorpusStoreFactory.Open(location))
        {
            var ingestor = new CorpusIngestor(store, analyzer, options);
            summary = await ingestor.RunAsync(corpus.Generate(documents), "ingest bench", 0, checkpoints);
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            var ingestCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var totals = summary.Totals;
            var peak = PeakMemory.PeakBytes();
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: {totals.Processed} documents in {ingestSeconds:F1} s: {totals.Processed / ingestSeconds:F1} articles/s, {totals.BytesRead / 1e6 / ingestSeconds:F2} MB/s, {totals.Processed / ingestCpu:F1} articles/CPU-s ({ingestCpu:F1} CPU s)"));
            Console.WriteLine($"         added {totals.Added}, already stored {totals.Unchanged}, failed {totals.Failed}; input {totals.BytesRead / 1e6:F0} MB");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"         peak RSS {Mb(peak)} MB (VmHWM); now {PeakMemory.Describe()}"));

            // Consolidation is the tail of every ingest; timed apart because it grows with the corpus, not the batch.
            var before = clock.Elapsed.TotalSeconds;
            var consolidationCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var phases = new List<ConsolidationPhase>();
            var grouping = await CorpusConsolidator.RunAsync(store, null, phases);
            var consolidation = clock.Elapsed.TotalSeconds - before;
            consolidationCpu = Process.GetCurrentProcess().TotalProcessorTime - consolidationCpu;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"consolidation: {consolidation:F1} s ({consolidationCpu.TotalSeconds:F1} CPU s); {grouping.DuplicateGroups.Select(g => g.GroupId).Distinct().Count()} duplicate groups ({grouping.DuplicateGroups.Count(g => g.Syndicated)} syndicated copies), {grouping.Clusters.Select(c => c.GroupId).Distinct().Count()} story clusters, {grouping.EventRecords.Count} event records; peak RSS {Mb(PeakMemory.PeakBytes())} MB"));
            Console.WriteLine("  " + string.Join("; ", phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Wall.TotalSeconds:F1} s ({p.Cpu.TotalSeconds:F1} CPU s)"))));
        }

        Console.WriteLine($"Store size: {new FileInfo(location).Length / 1e6:F0} MB. Load average at end: {LoadAverage()}");
        return summary.Totals.Processed == documents ? 0 : 1;
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Prints one line each time another 10,000 documents are written (called on the ingest's progress tick).</summary>
    private sealed class Checkpoints(Stopwatch clock, TimeSpan cpuAtStart) : IProgress<IngestProgress>
    {
        private long _next = CheckpointEvery;
        private long _lastCount;
        private double _lastSeconds;

        public void Report(IngestProgress value)
        {
            while (value.Processed >= _next)
            {
                var seconds = clock.Elapsed.TotalSeconds;
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
                var recent = (value.Processed - _lastCount) / Math.Max(seconds - _lastSeconds, 1e-9);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  checkpoint {_next,7}: {value.Processed} written in {seconds:F0} s, {value.Processed / seconds:F1} articles/s ({recent:F1} since last), {value.Processed / cpu:F1} articles/CPU-s, {PeakMemory.Describe()}"));
                _lastCount = value.Processed;
                _lastSeconds = seconds;
                _next += CheckpointEvery;
            }
        }
    }
}
