using System.Globalization;

namespace Chronicle.Bench.Throughput;

/// <summary>
/// Arguments of <c>throughput</c>: <c>--docs N --threads 1,2 --passes extraction,stages,e2e
/// --peers all|none|smartreader|readability --smartreader-docs N --readability-docs N --warmup SECONDS --shared PATH</c>.
/// </summary>
internal sealed record ThroughputOptions
{
    public int Documents { get; init; } = 10_000;

    public IReadOnlyList<int> Threads { get; init; } = [1, 2];

    public bool SmartReader { get; init; } = true;

    public bool Readability { get; init; } = true;

    /// <summary>The peers are far slower; each runs over the first N of the same documents (rates do not depend on N).</summary>
    public int SmartReaderDocuments { get; init; } = 2000;

    public int ReadabilityDocuments { get; init; } = 300;

    public bool Extraction { get; init; } = true;

    public bool Stages { get; init; } = true;

    public bool EndToEnd { get; init; } = true;

    public string? Shared { get; init; }

    /// <summary>
    /// The least seconds of end-to-end work on all worker threads before any pass is timed; warm-up then goes on until
    /// tiered compilation has settled, so the passes measure the steady state of a long batch, not the JIT.
    /// </summary>
    public double WarmUpSeconds { get; init; } = 10;

    public static ThroughputOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var options = new ThroughputOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--docs" when int.TryParse(value, CultureInfo.InvariantCulture, out var docs) && docs > 0:
                    options = options with { Documents = docs };
                    i++;
                    break;
                case "--readability-docs" when int.TryParse(value, CultureInfo.InvariantCulture, out var docs) && docs > 0:
                    options = options with { ReadabilityDocuments = docs };
                    i++;
                    break;
                case "--smartreader-docs" when int.TryParse(value, CultureInfo.InvariantCulture, out var docs) && docs > 0:
                    options = options with { SmartReaderDocuments = docs };
                    i++;
                    break;
                case "--passes" when value is not null:
                    var passes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (passes.Any(p => p is not ("extraction" or "stages" or "e2e")))
                    {
                        error.WriteLine("--passes takes a list of extraction, stages, e2e.");
                        return null;
                    }

                    options = options with { Extraction = passes.Contains("extraction"), Stages = passes.Contains("stages"), EndToEnd = passes.Contains("e2e") };
                    i++;
                    break;
                case "--threads" when value is not null:
                    var threads = new List<int>();
                    foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!int.TryParse(part, CultureInfo.InvariantCulture, out var count) || count < 1)
                        {
                            error.WriteLine($"--threads: '{part}' is not a positive number.");
                            return null;
                        }

                        threads.Add(count);
                    }

                    options = options with { Threads = threads };
                    i++;
                    break;
                case "--peers" when value is "all" or "none" or "smartreader" or "readability":
                    options = options with { SmartReader = value is "all" or "smartreader", Readability = value is "all" or "readability" };
                    i++;
                    break;
                case "--warmup" when double.TryParse(value, CultureInfo.InvariantCulture, out var warmUp) && warmUp >= 0:
                    options = options with { WarmUpSeconds = warmUp };
                    i++;
                    break;
                case "--shared" when value is not null:
                    options = options with { Shared = value };
                    i++;
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete argument '{args[i]}'.");
                    error.WriteLine("usage: throughput [--docs N] [--threads 1,2] [--peers all|none|smartreader|readability] [--passes extraction,stages,e2e] [--smartreader-docs N] [--readability-docs N] [--warmup SECONDS] [--shared PATH]");
                    return null;
            }
        }

        return options;
    }
}
