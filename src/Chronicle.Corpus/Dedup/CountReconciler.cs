using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Reconciles the figures reports give for the same count (same story, same count type, same kind of victim)
/// conservatively: the record's number is the lowest credible figure, and every figure is kept with who gave it.
/// A figure is credible when it is positive, exact (unless every figure is approximate) and not a stray far below
/// the others (under a tenth of the median when three or more figures agree on more).
/// </summary>
public static class CountReconciler
{
    public static async Task<List<CountRecord>> ReconcileAsync(ICorpusStore store, IReadOnlyDictionary<long, long> clusterOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clusterOf);
        var groups = new Dictionary<(long Cluster, string Type, string Object), List<StoredCount>>();
        var order = new List<(long Cluster, string Type, string Object)>();
        await foreach (var count in store.CountsAsync(cancellationToken))
        {
            var cluster = clusterOf.TryGetValue(count.DocumentId, out var c) ? c : -count.DocumentId;
            var key = (cluster, count.Type, ObjectKey(count.Counted));
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(count);
        }

        var records = new List<CountRecord>(order.Count);
        foreach (var key in order)
        {
            records.Add(Reconcile(records.Count + 1, key.Cluster > 0 ? key.Cluster : null, groups[key]));
        }

        return records;
    }

    /// <summary>One count record from the figures given for one count.</summary>
    public static CountRecord Reconcile(long id, long? cluster, IReadOnlyList<StoredCount> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var allApproximate = figures.All(f => f.Approximate);
        var positive = figures.Where(f => f.Number > 0).Select(f => f.Number).Order().ToList();
        var median = positive.Count > 0 ? positive[positive.Count / 2] : 0;
        var credible = figures
            .Select(f => new CountFigure(
                f.DocumentId,
                f.Ordinal,
                f.Number,
                f.Approximate,
                f.Attribution,
                f.Site,
                f.Number > 0 && (allApproximate || !f.Approximate) && !(positive.Count >= 3 && f.Number * 10 < median)))
            .ToList();
        var chosen = credible.Where(f => f.Credible).Select(f => f.Number).DefaultIfEmpty(figures.Min(f => f.Number)).Min();
        var conflicting = figures.Select(f => f.Number).Distinct().Count() > 1;
        return new CountRecord(id, cluster, figures[0].Type, figures.Select(f => f.Counted).FirstOrDefault(o => o is not null), chosen, conflicting, credible);
    }

    /// <summary>The kind of victim: the last word of the counted phrase, lower case, plural 's' dropped ("Syrian civilians" → "civilian").</summary>
    public static string ObjectKey(string? counted)
    {
        if (string.IsNullOrWhiteSpace(counted))
        {
            return string.Empty;
        }

        var key = EntityKey.Normalise(counted);
        var last = key.LastIndexOf(' ');
        var head = last >= 0 ? key[(last + 1)..] : key;
        return head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
    }
}
