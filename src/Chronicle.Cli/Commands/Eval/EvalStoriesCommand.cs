using System.CommandLine;
using System.Globalization;
using Chronicle.Analysis;
using Chronicle.Corpus.Stories;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>
/// <c>chronicle eval stories DIR [--show]</c>: ingests a story set laid out like <c>stories-dev</c> into a scratch
/// store and prints pairwise precision, recall and F1 for story clusters and for repost groups (as
/// <c>tools/score_stories.py</c> computes them).
/// </summary>
public static class EvalStoriesCommand
{
    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var directory = new Argument<string>("dir") { Description = "Folder with stories.jsonl and gold.json (e.g. ../shared/data/stories-dev)." };
        var show = new Option<bool>("--show") { Description = "Print every pair the system and the labels disagree on." };
        var tune = new Option<bool>("--tune") { Description = "Score a grid of story thresholds and undated weights, with a leave-one-story-out estimate." };
        var command = new Command("stories", "Score story clusters and repost detection: pairwise precision, recall and F1.") { directory, show, tune };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (set, error) = StorySet.Load(result.GetValue(directory)!);
            if (set is null)
            {
                await io.Error.WriteLineAsync($"chronicle: {error}");
                return ExitCodes.Usage;
            }

            if (result.GetValue(tune))
            {
                await TuneAsync(io, set, cancellationToken);
                return ExitCodes.Success;
            }

            var score = await StoryEvaluation.RunAsync(set, ChronicleAnalyzer.Default, cancellationToken);
            foreach (var (name, s) in new[] { ("stories", score.Stories), ("copies", score.Copies) })
            {
                if (result.GetValue(show))
                {
                    foreach (var mistake in s.Mistakes)
                    {
                        await io.Out.WriteLineAsync($"  {name} {mistake}");
                    }
                }
            }

            await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"documents: {score.Documents} clustered: {score.Clustered}"));
            await io.Out.WriteLineAsync(Line("stories", score.Stories));
            await io.Out.WriteLineAsync(Line("copies ", score.Copies));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task TuneAsync(CliIo io, StorySet set, CancellationToken cancellationToken)
    {
        var tuning = await StoryTuning.RunAsync(set, ChronicleAnalyzer.Default, cancellationToken);
        await io.Out.WriteLineAsync("terms  threshold  undated  stories P     R    F1   copies F1");
        foreach (var row in tuning.Grid)
        {
            await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{row.Options.StoryTerms,5}  {row.Options.StoryThreshold,9:0.00}  {row.Options.UndatedWeight,7:0.00}  {row.Score.Stories.Precision,9:0.000} {row.Score.Stories.Recall:0.000} {row.Score.Stories.F1:0.000}  {row.Score.Copies.F1,9:0.000}"));
        }

        await io.Out.WriteLineAsync("shared fingerprints  containment  copies P     R    F1   stories F1");
        foreach (var row in tuning.RepostGrid)
        {
            await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{row.Options.MinSharedFingerprints,19}  {row.Options.MinPassageContainment,11:0.00}  {row.Score.Copies.Precision,8:0.000} {row.Score.Copies.Recall:0.000} {row.Score.Copies.F1:0.000}  {row.Score.Stories.F1,10:0.000}"));
        }

        foreach (var fold in tuning.Folds)
        {
            await io.Out.WriteLineAsync("  " + fold);
        }

        await io.Out.WriteLineAsync(Line("leave-one-story-out stories", tuning.CrossValidated));
    }

    private static string Line(string name, PairScore s) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}  pairwise P={s.Precision:0.000} R={s.Recall:0.000} F1={s.F1:0.000} (gold pairs {s.GoldPairs})");
}
