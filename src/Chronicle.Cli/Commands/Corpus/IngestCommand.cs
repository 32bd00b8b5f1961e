using System.CommandLine;
using System.Globalization;
using Chronicle.Analysis;
using Chronicle.Corpus.Ingest;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>chronicle ingest SOURCE… [--db chronicle.db]</c>: analyse files, directories, JSON Lines, feeds and WARC into a corpus.</summary>
public static class IngestCommand
{
    public static Command Create(CliIo io)
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Files or directories: .html/.htm pages, text, .jsonl ({url, html|text, date} per line), RSS/Atom feeds, .warc/.warc.gz.",
            Arity = ArgumentArity.OneOrMore,
        };
        sources.Validators.Add(CliValidation.RejectUnknownOptions);
        var store = new StoreOption();
        var workers = new Option<int>("--workers") { Description = "Documents analysed in parallel (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Documents written per transaction.", DefaultValueFactory = _ => 64 };
        var noConsolidate = new Option<bool>("--no-consolidate") { Description = "Skip recomputing duplicate groups, story clusters and event records at the end." };
        var accurate = new Option<bool>("--accurate") { Description = "Use the accurate (slower) models where available." };
        var queue = Chronicle.Cli.Commands.Distributed.QueueOption.Create(required: false);
        var command = new Command("ingest", "Analyse sources into a corpus store; resumable and idempotent (a second run adds nothing).")
        {
            sources, workers, batch, noConsolidate, accurate, queue,
        };
        store.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(queue) is { } queueLocation)
            {
                return await Chronicle.Cli.Commands.Distributed.QueueIngest.RunAsync(io, result.GetValue(sources) ?? [], queueLocation, result.GetValue(store.Store) ?? result.GetValue(store.Db), cancellationToken);
            }

            if (result.GetValue(workers) < 1 || result.GetValue(batch) < 1)
            {
                await io.Error.WriteLineAsync("chronicle: --workers and --batch must be at least 1.");
                return ExitCodes.Usage;
            }

            await using var corpus = store.Open(result, io, mustExist: false);
            if (corpus is null)
            {
                return ExitCodes.Usage;
            }

            var analyzerOptions = AnalyzerOptions.Default with { Mode = result.GetValue(accurate) ? AnalysisMode.Accurate : AnalysisMode.Fast };
            var analyzer = analyzerOptions == AnalyzerOptions.Default ? ChronicleAnalyzer.Default : new ChronicleAnalyzer(analyzerOptions);
            var options = IngestOptions.Default with
            {
                Workers = result.GetValue(workers),
                BatchSize = result.GetValue(batch),
                Consolidate = !result.GetValue(noConsolidate),
            };
            var ingestor = new CorpusIngestor(corpus, analyzer, options);
            var paths = result.GetValue(sources) ?? [];
            var summary = io.OutputIsTerminal && !Console.IsErrorRedirected
                ? await WithProgressBarAsync(ingestor, paths, cancellationToken)
                : await ingestor.RunAsync(paths, new PlainProgress<IngestProgress>(io.Error, p => p.Elapsed, ProgressLine, p => p.Finished), cancellationToken);
            await WriteSummaryAsync(io, corpus.Location, summary);
            return summary.Totals.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<IngestSummary> WithProgressBarAsync(CorpusIngestor ingestor, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: 1000);
                static string Describe(IngestProgress p) => string.Create(CultureInfo.InvariantCulture, $"{p.Processed} docs, {p.Rate:0.0}/s, {p.Failed} failed");
                var progress = new Progress<IngestProgress>(p =>
                {
                    task.Value = p.Fraction * 1000;
                    task.Description = Describe(p);
                });
                summary = await ingestor.RunAsync(paths, progress, cancellationToken);

                // Progress<T> posts its reports; the run's totals are set here so a late report cannot leave stale counts.
                task.Description = Describe(summary.Totals);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static async Task WriteSummaryAsync(CliIo io, string location, IngestSummary summary)
    {
        var t = summary.Totals;
        await io.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Ingested into {location}: {t.Seen} inputs, {t.Added} added, {t.Unchanged} already stored, {t.Skipped} skipped (done by an earlier run), {t.Failed} failed."));
        await io.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{t.Elapsed.TotalSeconds:0.0} s, {t.Rate:0.0} documents/s, peak memory {summary.PeakWorkingSetBytes / (1024 * 1024)} MB."));
        await io.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Duplicate groups: {summary.DuplicateGroups}, story clusters: {summary.Clusters}, event records: {summary.EventRecords}."));
        if (t.Failed > 0)
        {
            await io.Error.WriteLineAsync($"chronicle: {t.Failed} inputs failed; each has an error record in the store.");
        }
    }

    private static string ProgressLine(IngestProgress value)
    {
        var eta = value.Remaining is { } remaining ? remaining.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "?";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"ingest: {value.Fraction:P0} read, {value.Processed} documents ({value.Added} added, {value.Unchanged} unchanged, {value.Skipped} skipped, {value.Failed} failed), {value.Rate:0.0}/s, ETA {eta}");
    }
}
