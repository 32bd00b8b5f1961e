using System.CommandLine;
using Chronicle.Analysis;
using Chronicle.Evaluation.News;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>
/// <c>chronicle eval news DIR…</c>: analyse every <c>NN.txt</c> of news-dev-style folders and score quotes, speakers,
/// counts, entities and events against the <c>NN.gold.json</c> beside it, with the reference scorer's rules.
/// </summary>
public static class EvalNewsCommand
{
    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var folders = new Argument<string[]>("folders")
        {
            Description = "Folders holding NN.txt and NN.gold.json pairs (e.g. ../shared/data/news-dev).",
            Arity = ArgumentArity.OneOrMore,
        };
        folders.Validators.Add(CliValidation.RejectUnknownOptions);
        var language = new Option<string?>("--lang") { Description = "Only score gold files in this language (ISO 639-1)." };
        var show = new Option<bool>("--show") { Description = "Also print each missed quote, count and entity and each wrong speaker." };
        var accurate = new Option<bool>("--accurate") { Description = "Analyse with the accurate (slower) models, the dependency parse included, as `analyze --accurate` does." };
        var command = new Command("news", "Score quotes, speakers, counts, entities and events against annotated news (P/R/F1, speaker accuracy).")
        {
            folders, language, show, accurate,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var paths = result.GetValue(folders) ?? [];
            foreach (var path in paths)
            {
                if (!Directory.Exists(path))
                {
                    await io.Error.WriteLineAsync($"chronicle: {path}: no such folder.");
                    return ExitCodes.Usage;
                }
            }

            var items = NewsEvaluation.LoadItems(paths, result.GetValue(language));
            if (items.Count == 0)
            {
                await io.Error.WriteLineAsync("chronicle: no NN.gold.json files found.");
                return ExitCodes.Usage;
            }

            var analyzer = result.GetValue(accurate) ? new ChronicleAnalyzer(new AnalyzerOptions { Mode = AnalysisMode.Accurate }) : ChronicleAnalyzer.Default;
            var score = NewsEvaluation.Run(analyzer, items, result.GetValue(show), cancellationToken);
            NewsReport.Write(io.Out, score);
            return score.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
