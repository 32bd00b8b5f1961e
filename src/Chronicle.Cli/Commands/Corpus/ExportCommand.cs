using System.CommandLine;
using System.Globalization;
using Chronicle.Corpus.Export;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>chronicle export --format gdelt-events|gdelt-gkg|jsonl|csv|parquet [--db …] [--out FILE]</c>.</summary>
public static class ExportCommand
{
    public static Command Create(CliIo io)
    {
        var format = new Option<string>("--format")
        {
            Description = "gdelt-events (GDELT 2.0 Events, 61 columns), gdelt-gkg (GKG 2.1, 27 columns), jsonl (the analyze contract), csv or parquet.",
            Required = true,
        };
        format.AcceptOnlyFromAmong("gdelt-events", "gdelt-gkg", "jsonl", "csv", "parquet");
        var output = new Option<string?>("--out") { Description = "Write to this file (required for parquet; default: standard output)." };
        var store = new StoreOption();
        var command = new Command("export", "Export the corpus as GDELT events or GKG, JSON Lines, CSV or Parquet.") { format, output };
        store.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!CorpusExporter.TryParse(result.GetValue(format), out var kind))
            {
                await io.Error.WriteLineAsync("chronicle: unknown export format.");
                return ExitCodes.Usage;
            }

            var path = result.GetValue(output);
            if (kind == ExportFormat.Parquet && path is null)
            {
                await io.Error.WriteLineAsync("chronicle: --format parquet needs --out FILE (Parquet is binary).");
                return ExitCodes.Usage;
            }

            await using var corpus = store.Open(result, io, mustExist: true);
            if (corpus is null)
            {
                return ExitCodes.Usage;
            }

            long rows;
            if (path is not null)
            {
                await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                rows = await CorpusExporter.ExportAsync(corpus, kind, file, cancellationToken);
            }
            else
            {
                // Standard output goes through the command's writer so tests can capture it.
                using var buffer = new TextWriterStream(io.Out);
                rows = await CorpusExporter.ExportAsync(corpus, kind, buffer, cancellationToken);
            }

            await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"chronicle: exported {rows} rows as {result.GetValue(format)}{(path is null ? string.Empty : " to " + path)}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
