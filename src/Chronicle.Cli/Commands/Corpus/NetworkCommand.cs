using System.CommandLine;
using Chronicle.Corpus.Queries;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>chronicle network [--actor CODE] [--format graphml|gexf|json] [--out FILE]</c>: who acts on whom.</summary>
public static class NetworkCommand
{
    public static Command Create(CliIo io)
    {
        var actor = new Option<string?>("--actor") { Description = "Only edges touching this actor (CAMEO code such as SYRGOV, or a name)." };
        var format = new Option<string>("--format") { Description = "graphml (default), gexf, or json (one edge per line).", DefaultValueFactory = _ => "graphml" };
        format.AcceptOnlyFromAmong("graphml", "gexf", "json");
        var json = new Option<bool>("--json") { Description = "Same as --format json." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var store = new StoreOption();
        var command = new Command("network", "Export the actor network built from coded events (GraphML or GEXF).") { actor, format, json, output };
        store.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var corpus = store.Open(result, io, mustExist: true);
            if (corpus is null)
            {
                return ExitCodes.Usage;
            }

            var network = await new CorpusQueries(corpus).NetworkAsync(result.GetValue(actor), 10_000, cancellationToken);
            var path = result.GetValue(output);
            await using var file = path is null ? null : new StreamWriter(path);
            var writer = (TextWriter?)file ?? io.Out;
            switch (result.GetValue(json) ? "json" : result.GetValue(format))
            {
                case "gexf":
                    GexfWriter.Write(network, writer);
                    await writer.WriteLineAsync();
                    break;
                case "json":
                    foreach (var edge in network.Edges)
                    {
                        await writer.WriteLineAsync(CorpusJson.Line(edge));
                    }

                    break;
                default:
                    GraphMlWriter.Write(network, writer);
                    await writer.WriteLineAsync();
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
