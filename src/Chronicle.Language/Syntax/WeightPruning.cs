namespace Chronicle.Language.Syntax;

/// <summary>
/// Magnitude pruning of a hashed linear model before it is saved: every bucket (row of <c>classes</c> weights) whose
/// largest weight is no larger than a quantile of all non-zero weight magnitudes is cleared. Cleared buckets cost
/// nothing in a compact model (they share the zero row), so the rows that remain fit in cache; most pruned buckets
/// belong to rare words and word pairs whose weights barely move a decision.
/// </summary>
internal static class WeightPruning
{
    /// <summary>Clears the small rows of <paramref name="weights"/> in place; returns the rows still in use.</summary>
    public static int PruneRows(float[] weights, int classes, double quantile)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes);
        var threshold = Threshold(weights, quantile);
        var used = 0;
        for (var row = 0; row + classes <= weights.Length; row += classes)
        {
            var span = weights.AsSpan(row, classes);
            var max = 0f;
            foreach (var w in span)
            {
                max = Math.Max(max, Math.Abs(w));
            }

            if (max <= threshold)
            {
                span.Clear();
            }
            else
            {
                used++;
            }
        }

        return used;
    }

    /// <summary>The <paramref name="quantile"/> of the non-zero magnitudes (0 when there are none or the quantile is 0).</summary>
    public static float Threshold(ReadOnlySpan<float> weights, double quantile)
    {
        if (quantile <= 0)
        {
            return 0;
        }

        var magnitudes = new List<float>();
        foreach (var w in weights)
        {
            if (w != 0)
            {
                magnitudes.Add(Math.Abs(w));
            }
        }

        if (magnitudes.Count == 0)
        {
            return 0;
        }

        magnitudes.Sort();
        return magnitudes[Math.Min(magnitudes.Count - 1, (int)(magnitudes.Count * quantile))];
    }
}
