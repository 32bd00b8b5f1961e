using System.CommandLine;
using System.Globalization;
using Chronicle.Analysis;
using Chronicle.Evaluation.Attribution;
using Chronicle.Evaluation.News;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>
/// <c>chronicle eval attribution DIR</c>: run every PolNeAR article of a split (<c>text/</c> and <c>attributions/</c>)
/// through the analysis and score quotes against the annotated attributions: content P/R/F1 (all, and direct quotes
/// only), cue F1 and source accuracy.
/// </summary>
public static class EvalAttributionCommand
{
    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var folder = new Argument<string>("folder") { Description = "A PolNeAR split holding text/ and attributions/ (e.g. ../shared/data/attribution/polnear/dev)." };
        folder.Validators.Add(CliValidation.RejectUnknownOptions);
        var show = new Option<bool>("--show") { Description = "Also print each wrong source." };
        var command = new Command("attribution", "Score quotes and indirect speech against PolNeAR attributions (content, cue, source).") { folder, show };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(folder) ?? string.Empty;
            List<PolnearDocument> documents;
            try
            {
                documents = PolnearCorpus.Load(path);
            }
            catch (DirectoryNotFoundException ex)
            {
                await io.Error.WriteLineAsync($"chronicle: {ex.Message}");
                return ExitCodes.Usage;
            }

            var score = AttributionEvaluation.Run(ChronicleAnalyzer.Default.Pipeline, documents, result.GetValue(show), cancellationToken);
            foreach (var line in score.Details)
            {
                await io.Out.WriteLineAsync(line);
            }

            await io.Out.WriteLineAsync(Invariant($"documents: {score.Documents}"));
            await io.Out.WriteLineAsync(Invariant($"content        {Prf(score.Content)}"));
            await io.Out.WriteLineAsync(Invariant($"content direct {Prf(score.DirectContent)}"));
            await io.Out.WriteLineAsync(Invariant($"content tokens {Prf(score.ContentTokens)}"));
            await io.Out.WriteLineAsync(Invariant($"cues           {Prf(score.Cues)}"));
            await io.Out.WriteLineAsync(Invariant($"errors direct   {Errors(score.DirectErrors)}"));
            await io.Out.WriteLineAsync(Invariant($"errors indirect {Errors(score.IndirectErrors)}"));
            await io.Out.WriteLineAsync(Invariant($"sources        accuracy={score.SourceAccuracy:F3} (of {score.Sources} matched contents with a source)"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Prf(NewsTally tally) => Invariant($"P={tally.Precision:F3} R={tally.Recall:F3} F1={tally.F1:F3}");

    private static string Errors(ContentErrors errors) =>
        Invariant($"gold missed={errors.Missed} gold overlapped={errors.GoldBoundary} predicted overlapping={errors.PredictedBoundary} spurious={errors.Spurious}");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
