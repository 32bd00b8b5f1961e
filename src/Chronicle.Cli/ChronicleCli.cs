using System.CommandLine;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

/// <summary>Builds the command tree and maps parse errors to <see cref="ExitCodes.Usage"/>.</summary>
public static class ChronicleCli
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliIo(stdout, stderr, Console.OpenStandardInput) { OutputIsTerminal = !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out) });

    public static async Task<int> RunAsync(string[] args, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var root = BuildRoot(io);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await io.Error.WriteLineAsync($"chronicle: {error.Message}");
            }

            await io.Error.WriteLineAsync("Run 'chronicle --help' for usage.");
            return ExitCodes.Usage;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = io.Out, Error = io.Error });
    }

    public static RootCommand BuildRoot(CliIo io)
    {
        var root = new RootCommand("Chronicle: news articles in, an evidence-linked record out (entities, quotes, counts, events, tone).");
        root.Subcommands.Add(AnalyzeCommand.Create(io));
        root.Subcommands.Add(Commands.Eval.EvalCommand.Create(io));
        root.Subcommands.Add(Commands.Corpus.IngestCommand.Create(io));
        root.Subcommands.Add(Commands.Corpus.SearchCommand.Create(io));
        root.Subcommands.Add(Commands.Corpus.EntitiesCommand.Create(io));
        root.Subcommands.Add(Commands.Corpus.TimelineCommand.Create(io));
        root.Subcommands.Add(Commands.Corpus.NetworkCommand.Create(io));
        root.Subcommands.Add(Commands.Corpus.ClustersCommand.Create(io));
        root.Subcommands.Add(Commands.Corpus.ExportCommand.Create(io));
        root.Subcommands.Add(ServeCommand.Create(io));
        root.Subcommands.Add(Commands.Distributed.WorkerCommand.Create(io));
        root.Subcommands.Add(Commands.Distributed.StatusCommand.Create(io));
        return root;
    }
}
