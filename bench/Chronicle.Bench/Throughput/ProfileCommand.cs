using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Bench.Throughput;

/// <summary>
/// <c>profile FILE… [--repeat N]</c>: one input at a time through extraction and each stage, printing the CPU time of each,
/// to find which stage a slow or hostile input is slow in. A warm-up over all files comes first. With several files it ends with each stage's mean CPU time per
/// document and its share, over the last half of the repeats of every file (the first ones pay for compilation).
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        var repeat = 1;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--repeat" && i + 1 < args.Length && int.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out repeat))
            {
                i++;
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: profile FILE… [--repeat N]");
            return 2;
        }

        var analyzer = ChronicleAnalyzer.Default;
        WarmUp(analyzer, files);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var measured = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var kind = ChronicleAnalyzer.KindOf(file);
            for (var r = 0; r < repeat; r++)
            {
                var counted = r >= repeat / 2;
                measured += counted ? 1 : 0;
                var started = ThreadCpu.Now();
                var document = kind == InputKind.Html
                    ? analyzer.ExtractHtml(bytes, new DocumentSource(file))
                    : analyzer.Extractor.FromText(bytes, new DocumentSource(file));
                var line = $"{Path.GetFileName(file)} ({bytes.Length / 1024} KB, text {document.Text.Length} chars): extraction {Record("extraction", started, counted)} ms";
                foreach (var stage in analyzer.Pipeline.Stages)
                {
                    started = ThreadCpu.Now();
                    document = stage.Process(document, CancellationToken.None);
                    line += $", {stage.Name} {Record(stage.Name, started, counted)} ms";
                }

                Console.WriteLine(line);
            }
        }

        if (files.Count > 1 && measured > 0)
        {
            PrintSummary(totals, measured);
        }

        return 0;

        string Record(string stage, long started, bool counted)
        {
            var ms = (ThreadCpu.Now() - started) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
            if (counted)
            {
                totals[stage] = totals.GetValueOrDefault(stage) + ms;
            }

            return ms.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Runs every file through the analyzer for a few seconds first: until the runtime's tiered compiler has promoted
    /// the hot methods, a stage measures unoptimised code (about three times slower) rather than what a long run costs.
    /// </summary>
    private static void WarmUp(ChronicleAnalyzer analyzer, List<string> files)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 2 || clock.Elapsed < TimeSpan.FromSeconds(3); round++)
        {
            foreach (var file in files)
            {
                analyzer.Analyze(File.ReadAllBytes(file), ChronicleAnalyzer.KindOf(file), new DocumentSource(file));
            }
        }

        Thread.Sleep(500); // background tier-1 compilation finishes
    }

    private static void PrintSummary(Dictionary<string, double> totals, int measured)
    {
        var all = totals.Values.Sum();
        Console.WriteLine();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Mean over {measured} runs (the last half of each file's repeats):"));
        Console.WriteLine("| stage | CPU ms per document | share |");
        Console.WriteLine("|---|--:|--:|");
        foreach (var (stage, ms) in totals.OrderByDescending(t => t.Value))
        {
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| {stage} | {ms / measured:F2} | {ms / all:P0} |"));
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| **end to end** | **{all / measured:F2}** | {1000.0 * measured / all:F0} documents per CPU-second |"));
    }
}
