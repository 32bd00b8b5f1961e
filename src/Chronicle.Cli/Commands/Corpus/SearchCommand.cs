using System.CommandLine;
using System.Globalization;
using Chronicle.Corpus.Queries;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>chronicle search "…" [--entity NAME] [--from DATE --to DATE] [--json]</c>: full-text search over texts and quotes.</summary>
public static class SearchCommand
{
    public static Command Create(CliIo io)
    {
        var text = new Argument<string?>("query") { Description = "Words to find in titles, texts and quotes (\"…\" for a phrase).", Arity = ArgumentArity.ZeroOrOne };
        text.Validators.Add(CliValidation.RejectUnknownOptions);
        var entity = new Option<string?>("--entity") { Description = "Only documents naming this entity (whole words of a name or alias)." };
        var from = new Option<string?>("--from") { Description = "First publication day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Last publication day (yyyy-MM-dd)." };
        var limit = new Option<int>("--limit") { Description = "Most results to print.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "One JSON object per result." };
        var store = new StoreOption();
        var command = new Command("search", "Search the corpus by words, entity and date range.") { text, entity, from, to, limit, json };
        store.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!DateArgument.TryParse(result.GetValue(from), out var fromDay) || !DateArgument.TryParse(result.GetValue(to), out var toDay))
            {
                await io.Error.WriteLineAsync("chronicle: --from and --to take a day as yyyy-MM-dd.");
                return ExitCodes.Usage;
            }

            var words = result.GetValue(text);
            var name = result.GetValue(entity);
            if (string.IsNullOrWhiteSpace(words) && string.IsNullOrWhiteSpace(name) && fromDay is null && toDay is null)
            {
                await io.Error.WriteLineAsync("chronicle: give words to search for, --entity, or a date range.");
                return ExitCodes.Usage;
            }

            await using var corpus = store.Open(result, io, mustExist: true);
            if (corpus is null)
            {
                return ExitCodes.Usage;
            }

            var hits = await new CorpusQueries(corpus).SearchAsync(new SearchQuery(words, name, fromDay, toDay, Math.Max(1, result.GetValue(limit))), cancellationToken);
            if (result.GetValue(json))
            {
                foreach (var hit in hits)
                {
                    await io.Out.WriteLineAsync(CorpusJson.Line(hit));
                }

                return ExitCodes.Success;
            }

            if (hits.Count == 0)
            {
                await io.Out.WriteLineAsync("No documents found.");
            }

            var rank = 0;
            foreach (var hit in hits)
            {
                var d = hit.Document;
                await io.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{++rank}. [{d.Id}] {d.Title ?? "(untitled)"} — {d.Site ?? d.Url ?? d.Path ?? "?"}{(d.Published is null ? string.Empty : ", " + d.Published)}"));
                if (hit.Quote is { } quote)
                {
                    await io.Out.WriteLineAsync($"   “{quote.Text}” — {quote.SpeakerName ?? "unattributed"}");
                }
                else
                {
                    await io.Out.WriteLineAsync("   " + hit.Snippet);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
