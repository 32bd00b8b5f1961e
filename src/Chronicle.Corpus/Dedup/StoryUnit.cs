namespace Chronicle.Corpus.Dedup;

/// <summary>
/// One report as story clustering sees it: its strongest weighted features (content words and entities, hashed),
/// sorted by feature, and the span of its publication days (a repost group may span several).
/// </summary>
public sealed class StoryUnit
{
    private readonly uint[] _strongest;

    public StoryUnit(uint[] terms, float[] weights, int? firstDay, int? lastDay)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(weights);
        Terms = terms;
        Weights = weights;
        FirstDay = firstDay;
        LastDay = lastDay;
        var norm2 = 0.0;
        foreach (var w in weights)
        {
            norm2 += (double)w * w;
        }

        Norm2 = norm2;
        var order = Enumerable.Range(0, terms.Length).OrderByDescending(i => weights[i]).ThenBy(i => terms[i]);
        _strongest = [.. order.Select(i => terms[i])];
    }

    public uint[] Terms { get; }

    public float[] Weights { get; }

    public int? FirstDay { get; }

    public int? LastDay { get; }

    /// <summary>The squared length of the vector (1 when normalised).</summary>
    public double Norm2 { get; }

    /// <summary>The <paramref name="count"/> heaviest features.</summary>
    public ReadOnlySpan<uint> Strongest(int count) => _strongest.AsSpan(0, Math.Min(count, _strongest.Length));

    /// <summary>
    /// The unit vector of a report: each feature weighs (1 + ln count) × idf, only the <paramref name="keep"/>
    /// heaviest are kept, and the vector is normalised.
    /// </summary>
    public static StoryUnit Weigh(uint[] terms, ushort[] counts, Func<uint, double> idf, int keep, int? firstDay, int? lastDay)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(idf);
        var weighted = new (uint Term, double Weight)[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            weighted[i] = (terms[i], (1 + Math.Log(Math.Max((int)counts[i], 1))) * idf(terms[i]));
        }

        var kept = weighted.Where(t => t.Weight > 0).OrderByDescending(t => t.Weight).ThenBy(t => t.Term).Take(keep).OrderBy(t => t.Term).ToArray();
        var norm = Math.Sqrt(kept.Sum(t => t.Weight * t.Weight));
        return new StoryUnit(
            [.. kept.Select(t => t.Term)],
            [.. kept.Select(t => norm > 0 ? (float)(t.Weight / norm) : 0f)],
            firstDay,
            lastDay);
    }
}
