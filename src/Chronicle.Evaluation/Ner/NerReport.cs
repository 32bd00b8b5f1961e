using System.Globalization;
using Chronicle.Language.Tagging;

namespace Chronicle.Evaluation.Ner;

/// <summary>Prints a <see cref="NerScore"/> as a small table.</summary>
public static class NerReport
{
    public static void Write(TextWriter output, NerScore score)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(score);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Documents} documents, {score.Tokens} tokens"));
        output.WriteLine("type          precision  recall     F1      gold  predicted");
        foreach (var type in score.Types)
        {
            Line(output, type);
        }

        Line(output, score.PerOrgLoc);
        Line(output, score.Overall);
        WriteCrossValidation(output, NerCrossValidation.LoadDefault());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed, one thread, first round: POS + NER on the given tokens {score.TaggingTokensPerSecond:N0} tokens/s wall, {score.TaggingTokensPerCpuSecond:N0} tokens/CPU-s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed, one thread, steady state (best of 3 rounds): tokenise + sentences + POS + NER {score.FullTokensPerSecond:N0} tokens/s wall, {score.FullTokensPerCpuSecond:N0} tokens/CPU-s"));
    }

    /// <summary>
    /// The figures the training command measured by cross-validation on the training corpus (stored beside the model),
    /// printed beside the scores above so a dev figure can be read against one no setting was chosen on.
    /// </summary>
    public static void WriteCrossValidation(TextWriter output, NerCrossValidation? cv)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (cv is null)
        {
            output.WriteLine("train cross-validation: not stored with this model");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"train cross-validation ({cv.Corpus}, {cv.Folds} folds; epochs {cv.FirstEpochs} + {cv.SecondEpochs} chosen by it):"));
        int tp = 0, predicted = 0, gold = 0;
        foreach (var (type, c) in cv.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Line(output, new NerTypeScore(type, c.Tp, c.Predicted, c.Gold));
            if (type != "MISC")
            {
                (tp, predicted, gold) = (tp + c.Tp, predicted + c.Predicted, gold + c.Gold);
            }
        }

        Line(output, new NerTypeScore("PER/ORG/LOC", tp, predicted, gold));
    }

    private static void Line(TextWriter output, NerTypeScore s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Type,-12}  {s.Precision,9:0.0000}  {s.Recall,6:0.0000}  {s.F1,6:0.0000}  {s.Gold,6}  {s.Predicted,9}"));
}
