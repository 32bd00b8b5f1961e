using System.Globalization;

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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed, one thread, first round: POS + NER on the given tokens {score.TaggingTokensPerSecond:N0} tokens/s wall, {score.TaggingTokensPerCpuSecond:N0} tokens/CPU-s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed, one thread, steady state (best of 3 rounds): tokenise + sentences + POS + NER {score.FullTokensPerSecond:N0} tokens/s wall, {score.FullTokensPerCpuSecond:N0} tokens/CPU-s"));
    }

    private static void Line(TextWriter output, NerTypeScore s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Type,-12}  {s.Precision,9:0.0000}  {s.Recall,6:0.0000}  {s.F1,6:0.0000}  {s.Gold,6}  {s.Predicted,9}"));
}
