namespace Chronicle.Training;

/// <summary>Entity-level exact-match scoring over BIO label sequences (conlleval convention).</summary>
internal static class EntitySpans
{
    public static List<(int Start, int End, string Type)> Extract(IReadOnlyList<string> labels)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : "O";
            var continues = label.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && label[2..] == type;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
            }

            if (label != "O")
            {
                start = i;
                type = label[2..];
            }
        }

        return spans;
    }

    /// <summary>Adds true positives, predictions and gold counts per type into <paramref name="counts"/>.</summary>
    public static void Count(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, Dictionary<string, (int Tp, int Pred, int Gold)> counts)
    {
        var goldSpans = Extract(gold);
        var predictedSpans = Extract(predicted);
        var goldSet = new HashSet<(int, int, string)>(goldSpans);
        foreach (var span in predictedSpans)
        {
            var c = counts.GetValueOrDefault(span.Type);
            counts[span.Type] = (c.Tp + (goldSet.Contains(span) ? 1 : 0), c.Pred + 1, c.Gold);
        }

        foreach (var span in goldSpans)
        {
            var c = counts.GetValueOrDefault(span.Type);
            counts[span.Type] = (c.Tp, c.Pred, c.Gold + 1);
        }
    }

    public static string Report(Dictionary<string, (int Tp, int Pred, int Gold)> counts)
    {
        var lines = new List<string>();
        int tp = 0, pred = 0, gold = 0, tp3 = 0, pred3 = 0, gold3 = 0;
        foreach (var (type, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            lines.Add(FormattableString.Invariant($"  {type,-5} P {Ratio(c.Tp, c.Pred):0.0000} R {Ratio(c.Tp, c.Gold):0.0000} F1 {F1(c.Tp, c.Pred, c.Gold):0.0000} (gold {c.Gold})"));
            tp += c.Tp;
            pred += c.Pred;
            gold += c.Gold;
            if (type != "MISC")
            {
                tp3 += c.Tp;
                pred3 += c.Pred;
                gold3 += c.Gold;
            }
        }

        lines.Add(FormattableString.Invariant($"  all   P {Ratio(tp, pred):0.0000} R {Ratio(tp, gold):0.0000} F1 {F1(tp, pred, gold):0.0000}"));
        lines.Add(FormattableString.Invariant($"  PER/ORG/LOC F1 {F1(tp3, pred3, gold3):0.0000}"));
        return string.Join('\n', lines);
    }

    public static double F1(int tp, int pred, int gold) => tp == 0 ? 0 : 2.0 * tp / (pred + gold);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
