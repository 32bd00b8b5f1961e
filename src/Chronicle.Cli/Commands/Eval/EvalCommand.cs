using System.CommandLine;

namespace Chronicle.Cli.Commands.Eval;

/// <summary><c>chronicle eval …</c>: score each layer against a labelled data set and print the figures.</summary>
public static class EvalCommand
{
    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var command = new Command("eval", "Score Chronicle against labelled data (extraction, NER, syntax, news, attribution, stories) and print precision, recall, F1 and speed.");
        command.Subcommands.Add(EvalNewsCommand.Create(io));
        command.Subcommands.Add(EvalExtractionCommand.Create(io));
        command.Subcommands.Add(EvalNerCommand.Create(io));
        command.Subcommands.Add(EvalSyntaxCommand.Create(io));
        command.Subcommands.Add(EvalStoriesCommand.Create(io));
        command.Subcommands.Add(EvalAttributionCommand.Create(io));
        return command;
    }
}
