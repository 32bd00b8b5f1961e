using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Bench.Peers;

namespace Chronicle.Bench.Throughput;

/// <summary>
/// <c>throughput</c>: the real pages of extraction-dev replicated to many documents, run through extraction, every
/// annotation stage and the whole analyzer on 1 and 2 threads, with SmartReader and Readability side by side.
/// Prints articles/s, MB/s and peak resident memory per pass.
/// </summary>
internal static class ThroughputCommand
{
    public static int Run(string[] args)
    {
        var options = ThroughputOptions.Parse(args, Console.Error);
        if (options is null)
        {
            return 2;
        }

        var shared = BenchPaths.Shared(options.Shared);
        var htmlFolder = shared is null ? null : Path.Combine(shared, "data", "extraction-dev", "html");
        if (htmlFolder is null || !Directory.Exists(htmlFolder))
        {
            Console.Error.WriteLine("The throughput bench reads ../shared/data/extraction-dev/html (or CHRONICLE_SHARED / --shared); it is not present.");
            return 2;
        }

        var pages = PageSet.Load(htmlFolder, LoadUrls(Path.Combine(shared!, "data", "extraction-dev", "ground-truth.json")));
        var analyzer = ChronicleAnalyzer.Default;
        var stages = analyzer.Pipeline.Stages;
        Console.WriteLine($"Chronicle throughput: {pages.Pages.Count} real pages ({pages.TotalBytes / 1e6:F1} MB) replicated to {options.Documents} documents.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; mode {analyzer.Options.Mode}.");
        Console.WriteLine($"Load average at start: {LoadAverage()} (other work on the machine slows wall-clock figures; CPU figures are less affected).");
        Console.WriteLine($"Stages: {(stages.IsEmpty ? "(none registered yet)" : string.Join(", ", stages.Select(s => s.Name)))}");

        // Warm up: JIT, tiered compilation and lazily loaded models should not count against the first pass.
        WarmUp(analyzer, pages, options);

        var results = new List<PassResult>();

        // The peer in node is short and single-threaded: run it first so its figure survives an interrupted run.
        string? readabilitySkipped = null;
        if (options.Readability)
        {
            var (result, skipped) = ReadabilityPeer.Run(htmlFolder, Math.Min(options.ReadabilityDocuments, options.Documents), Console.Out);
            readabilitySkipped = skipped;
            if (result is not null)
            {
                results.Add(ResultTable.Report(result));
            }
        }

        foreach (var threads in options.Threads)
        {
            if (options.Extraction)
            {
                results.Add(Pass("extraction", options.Documents, threads, pages, (html, page, _) => analyzer.ExtractHtml(html, new DocumentSource(null, page.Url))));
            }

            if (options.Stages && !stages.IsEmpty)
            {
                results.AddRange(StagePass(analyzer, pages, options.Documents, threads).ToList());
            }

            if (options.EndToEnd)
            {
                results.Add(Pass("end to end", options.Documents, threads, pages, (html, page, _) => analyzer.AnalyzeHtml(html, new DocumentSource(null, page.Url))));
            }

            if (options.SmartReader)
            {
                var failures = 0;
                var result = Pass("smartreader (in process)", Math.Min(options.SmartReaderDocuments, options.Documents), threads, pages, (html, page, _) =>
                {
                    if (!SmartReaderPeer.Extract(html, page.Url))
                    {
                        Interlocked.Increment(ref failures);
                    }
                });
                results.Add(result with { Failures = failures });
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end: {LoadAverage()}");
        ResultTable.Write(Console.Out, results);
        if (readabilitySkipped is not null)
        {
            Console.WriteLine($"readability: skipped. {readabilitySkipped}");
        }

        Console.WriteLine();
        Targets.Write(Console.Out, results, options);
        return 0;
    }

    /// <summary>
    /// Runs the whole analyzer until tiered compilation has settled: at least <see cref="ThroughputOptions.WarmUpSeconds"/>,
    /// then until a round spends under 2 % of its time compiling (at most two minutes), so that no pass pays for the JIT.
    /// </summary>
    private static void WarmUp(ChronicleAnalyzer analyzer, PageSet pages, ThroughputOptions options)
    {
        const double SettledShare = 0.02;
        const double MaxSeconds = 120;
        var threads = options.Threads.Max();
        var clock = Stopwatch.StartNew();
        var documents = 0;
        double share;
        do
        {
            var measure = PassRunner.Run(pages, pages.Pages.Count * threads, threads, (html, page, _) => analyzer.AnalyzeHtml(html, new DocumentSource(null, page.Url)));
            documents += pages.Pages.Count * threads;
            share = measure.JitSeconds / measure.Seconds;
        }
        while ((clock.Elapsed.TotalSeconds < options.WarmUpSeconds || share > SettledShare) && clock.Elapsed.TotalSeconds < MaxSeconds);

        Console.WriteLine($"Warm-up: {documents} documents in {clock.Elapsed.TotalSeconds:F1} s on {threads} thread(s); the last round spent {100 * share:F1} % of its time compiling.");
    }

    private static PassResult Pass(string name, int documents, int threads, PageSet pages, PassRunner.Work work)
    {
        Console.WriteLine($"{name}: {documents} documents on {threads} thread(s) …");
        var measure = PassRunner.Run(pages, documents, threads, work);
        Console.WriteLine($"  gen-2 collections {measure.FullCollections}, compiling {measure.JitSeconds:F2} s of the pass");
        return ResultTable.Report(PassResult.From(name, threads, documents, measure));
    }

    /// <summary>
    /// Extraction then each stage by hand, timing each one per worker. A stage's rate is documents over the time spent in
    /// that stage, divided among the workers: what the workers would sustain if only that stage ran.
    /// </summary>
    private static IEnumerable<PassResult> StagePass(ChronicleAnalyzer analyzer, PageSet pages, int documents, int threads)
    {
        var stages = analyzer.Pipeline.Stages;
        var ticks = new long[threads, stages.Length + 1];
        var allocated = new long[threads, stages.Length + 1];
        var textChars = new long[threads];
        var failures = new int[stages.Length + 1];
        Console.WriteLine($"stages: {documents} documents on {threads} thread(s), each stage timed …");
        var measure = PassRunner.Run(pages, documents, threads, (html, page, worker) =>
        {
            var started = ThreadCpu.Now();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var document = analyzer.ExtractHtml(html, new DocumentSource(null, page.Url));
            var now = ThreadCpu.Now();
            var bytesNow = GC.GetAllocatedBytesForCurrentThread();
            ticks[worker, 0] += now - started;
            allocated[worker, 0] += bytesNow - bytesBefore;
            textChars[worker] += document.Text.Length;
            if (document.HasFatalDiagnostic)
            {
                return;
            }

            for (var s = 0; s < stages.Length; s++)
            {
                started = now;
                bytesBefore = bytesNow;
                try
                {
                    document = stages[s].Process(document, CancellationToken.None);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures[s + 1]);
                }

                now = ThreadCpu.Now();
                bytesNow = GC.GetAllocatedBytesForCurrentThread();
                ticks[worker, s + 1] += now - started;
                allocated[worker, s + 1] += bytesNow - bytesBefore;
            }
        });

        long text = 0;
        for (var w = 0; w < threads; w++)
        {
            text += textChars[w];
        }

        yield return ResultTable.Report(PassResult.From("extraction + stages", threads, documents, measure));
        long extractionTicks = 0;
        long extractionBytes = 0;
        for (var w = 0; w < threads; w++)
        {
            extractionTicks += ticks[w, 0];
            extractionBytes += allocated[w, 0];
        }

        var extractionSeconds = (double)extractionTicks / Stopwatch.Frequency;
        yield return ResultTable.Report(new PassResult("  stage extraction", threads, documents, extractionSeconds, extractionSeconds, measure.Bytes, measure.PeakRss, BusyShare: true, Failures: failures[0], AllocatedBytes: extractionBytes));
        for (var s = 0; s < stages.Length; s++)
        {
            long busy = 0;
            long stageBytes = 0;
            for (var w = 0; w < threads; w++)
            {
                busy += ticks[w, s + 1];
                stageBytes += allocated[w, s + 1];
            }

            var busySeconds = (double)busy / Stopwatch.Frequency;
            yield return ResultTable.Report(new PassResult("  stage " + stages[s].Name, threads, documents, busySeconds, busySeconds, text, measure.PeakRss, BusyShare: true, Failures: failures[s + 1], AllocatedBytes: stageBytes));
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static Dictionary<string, string>? LoadUrls(string groundTruth)
    {
        if (!File.Exists(groundTruth))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(groundTruth));
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in json.RootElement.EnumerateObject())
        {
            if (page.Value.TryGetProperty("url", out var url) && url.GetString() is { } value)
            {
                urls[page.Name] = value;
            }
        }

        return urls;
    }
}
