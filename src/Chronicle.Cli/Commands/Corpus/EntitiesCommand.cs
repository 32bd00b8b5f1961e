using System.CommandLine;
using System.Globalization;
using Chronicle.Corpus.Queries;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>chronicle entities --top N [--type PERSON] [--json]</c>: the most-named entities (reposts counted once).</summary>
public static class EntitiesCommand
{
    public static Command Create(CliIo io)
    {
        var top = new Option<int>("--top") { Description = "How many entities to list.", DefaultValueFactory = _ => 20 };
        var type = new Option<string?>("--type") { Description = "Only PERSON, ORG, LOC or MISC." };
        var json = new Option<bool>("--json") { Description = "One JSON object per entity." };
        var store = new StoreOption();
        var command = new Command("entities", "List the entities named in the most documents.") { top, type, json };
        store.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var kind = result.GetValue(type)?.ToUpperInvariant();
            if (kind is not (null or "PERSON" or "ORG" or "LOC" or "MISC"))
            {
                await io.Error.WriteLineAsync("chronicle: --type is one of PERSON, ORG, LOC, MISC.");
                return ExitCodes.Usage;
            }

            await using var corpus = store.Open(result, io, mustExist: true);
            if (corpus is null)
            {
                return ExitCodes.Usage;
            }

            var entities = await new CorpusQueries(corpus).TopEntitiesAsync(Math.Max(1, result.GetValue(top)), kind, cancellationToken);
            foreach (var entity in entities)
            {
                await io.Out.WriteLineAsync(result.GetValue(json)
                    ? CorpusJson.Line(entity)
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $"{entity.Documents,6} docs {entity.Mentions,7} mentions  {entity.Type,-6} {entity.Name}{(entity.Actor is null ? string.Empty : " [" + entity.Actor + "]")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
