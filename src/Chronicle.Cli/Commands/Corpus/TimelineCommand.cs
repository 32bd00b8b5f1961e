using System.CommandLine;
using System.Globalization;
using Chronicle.Corpus.Queries;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>chronicle timeline NAME [--json]</c>: the documents naming an entity, oldest first, with its quotes and events.</summary>
public static class TimelineCommand
{
    public static Command Create(CliIo io)
    {
        var name = new Argument<string>("name") { Description = "An entity name or part of one (whole words)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per document." };
        var store = new StoreOption();
        var command = new Command("timeline", "Show when an entity appears, with its quotes and events per document.") { name, json };
        store.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var corpus = store.Open(result, io, mustExist: true);
            if (corpus is null)
            {
                return ExitCodes.Usage;
            }

            var entries = await new CorpusQueries(corpus).TimelineAsync(result.GetValue(name) ?? string.Empty, cancellationToken);
            if (entries.Count == 0 && !result.GetValue(json))
            {
                await io.Out.WriteLineAsync("No documents name that entity.");
            }

            foreach (var entry in entries)
            {
                await io.Out.WriteLineAsync(result.GetValue(json)
                    ? CorpusJson.Line(entry)
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $"{entry.Date ?? "undated",-10}  {entry.EntityName}: {entry.Mentions} mentions, {entry.Quotes} quotes, {entry.Events} events — [{entry.DocumentId}] {entry.Title ?? "(untitled)"} ({entry.Site ?? entry.Url ?? "?"})"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
