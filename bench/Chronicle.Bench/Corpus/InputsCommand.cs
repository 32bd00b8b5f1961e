using System.Globalization;

namespace Chronicle.Bench.Corpus;

/// <summary>
/// <c>inputs --docs N --out DIR [--shared PATH]</c>: writes the inputs the ingest bench streams (<see cref="VariedCorpus"/>:
/// the pages of extraction-dev and the reports of news-dev replicated with changed words, dates and sites, with a
/// share of exact, syndicated and near-duplicate repeats) as files, one per input (<c>.html</c> or <c>.txt</c>), so
/// that a local <c>chronicle ingest</c> and queue workers (<c>tools/scale-bench.sh</c>) read the very same documents.
/// </summary>
internal static class InputsCommand
{
    public static int Run(string[] args)
    {
        var documents = 5_000;
        string? output = null;
        string? sharedOption = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--docs" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0: documents = n; break;
                case "--out": output = args[i + 1]; break;
                case "--shared": sharedOption = args[i + 1]; break;
                default:
                    Console.Error.WriteLine("usage: inputs --docs N --out DIR [--shared PATH]");
                    return 2;
            }
        }

        var shared = BenchPaths.Shared(sharedOption);
        var corpus = shared is null ? null : VariedCorpus.Load(Path.Combine(shared, "data", "extraction-dev", "html"), Path.Combine(shared, "data", "news-dev"));
        if (output is null || corpus is null)
        {
            Console.Error.WriteLine("inputs needs --out DIR and ../shared/data/extraction-dev/html and news-dev (or CHRONICLE_SHARED / --shared).");
            return 2;
        }

        Directory.CreateDirectory(output);
        long bytes = 0;
        var index = 0;
        foreach (var input in corpus.Generate(documents))
        {
            var extension = input.Kind == Chronicle.Analysis.InputKind.Html ? ".html" : ".txt";
            var path = Path.Combine(output, index.ToString("D7", CultureInfo.InvariantCulture) + extension);
            var content = input.Bytes ?? System.Text.Encoding.UTF8.GetBytes(input.Content ?? string.Empty);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            index++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {index} files ({bytes / 1e6:F1} MB) from {corpus.BaseCount} real documents in {output}"));
        return 0;
    }
}
