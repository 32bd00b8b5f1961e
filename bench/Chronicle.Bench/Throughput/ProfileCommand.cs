using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Bench.Throughput;

/// <summary>
/// <c>profile FILE… [--repeat N]</c>: one input at a time through extraction and each stage, printing the CPU time of each,
/// to find which stage a slow or hostile input is slow in.
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
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var kind = ChronicleAnalyzer.KindOf(file);
            for (var r = 0; r < repeat; r++)
            {
                var started = ThreadCpu.Now();
                var document = kind == InputKind.Html
                    ? analyzer.ExtractHtml(bytes, new DocumentSource(file))
                    : analyzer.Extractor.FromText(bytes, new DocumentSource(file));
                var line = $"{Path.GetFileName(file)} ({bytes.Length / 1024} KB, text {document.Text.Length} chars): extraction {Milliseconds(started)} ms";
                foreach (var stage in analyzer.Pipeline.Stages)
                {
                    started = ThreadCpu.Now();
                    document = stage.Process(document, CancellationToken.None);
                    line += $", {stage.Name} {Milliseconds(started)} ms";
                }

                Console.WriteLine(line);
            }
        }

        return 0;
    }

    private static string Milliseconds(long started) =>
        ((ThreadCpu.Now() - started) * 1000.0 / System.Diagnostics.Stopwatch.Frequency).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
