namespace Chronicle.Evaluation.Ner;

/// <summary>Entity-level exact-match counting over BIO label sequences.</summary>
public sealed class NerScorer
{
    private readonly Dictionary<string, (int Tp, int Predicted, int Gold)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence's gold and predicted labels.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSpans = Spans(gold);
        var predictedSpans = Spans(predicted);
        var goldSet = new HashSet<(int, int, string)>(goldSpans);
        foreach (var span in predictedSpans)
        {
            var c = _counts.GetValueOrDefault(span.Type);
            _counts[span.Type] = (c.Tp + (goldSet.Contains(span) ? 1 : 0), c.Predicted + 1, c.Gold);
        }

        foreach (var span in goldSpans)
        {
            var c = _counts.GetValueOrDefault(span.Type);
            _counts[span.Type] = (c.Tp, c.Predicted, c.Gold + 1);
        }
    }

    public IReadOnlyList<NerTypeScore> Types =>
        [.. _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new NerTypeScore(kv.Key, kv.Value.Tp, kv.Value.Predicted, kv.Value.Gold))];

    public NerTypeScore Total(string name, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        int tp = 0, predicted = 0, gold = 0;
        foreach (var (type, c) in _counts)
        {
            if (include(type))
            {
                (tp, predicted, gold) = (tp + c.Tp, predicted + c.Predicted, gold + c.Gold);
            }
        }

        return new NerTypeScore(name, tp, predicted, gold);
    }

    /// <summary>Entity spans <c>[start, end)</c> in token indices with their types.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var spans = new List<(int, int, string)>();
        var start = -1;
        var type = string.Empty;
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : "O";
            if (start >= 0 && label.StartsWith("I-", StringComparison.Ordinal) && label.AsSpan(2).SequenceEqual(type))
            {
                continue;
            }

            if (start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
            }

            if (label.Length > 2 && label[1] == '-')
            {
                start = i;
                type = label[2..];
            }
        }

        return spans;
    }
}
