using System.Globalization;
using Chronicle.Analysis;
using Chronicle.Corpus.Dedup;
using Chronicle.Storage;

namespace Chronicle.Corpus.Stories;

/// <summary>One setting of the thresholds and what it scores on the whole set.</summary>
public sealed record TuningRow(DedupOptions Options, StoryScore Score);

/// <summary>
/// The story grid with its leave-one-story-out estimate (each story scored with the setting chosen without it), and
/// the repost grid (passage length and containment, story settings at their defaults).
/// </summary>
public sealed record TuningResult(IReadOnlyList<TuningRow> Grid, PairScore CrossValidated, IReadOnlyList<string> Folds, IReadOnlyList<TuningRow> RepostGrid);

/// <summary>
/// Chooses the story threshold and the weight of undated similarity honestly: the set is ingested once, then
/// consolidated again for each setting of a grid. For leave-one-story-out cross-validation, each story in turn is
/// held out: the setting with the best story F1 over the pairs of the other documents is chosen, and the pairs that
/// involve the held-out story are scored with it; the counts of all folds make the cross-validated figure.
/// </summary>
public static class StoryTuning
{
    public static readonly double[] Thresholds = [0.02, 0.04, 0.06, 0.08, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.25, 0.30];

    public static readonly double[] UndatedWeights = [0.7, 0.85, 1.0];

    public static readonly int[] StoryTerms = [64, 128, 256];

    public static readonly int[] SharedFingerprints = [4, 6, 8, 10, 12, 16];

    public static readonly double[] Containments = [0.05, 0.1, 0.2, 0.3];

    /// <summary>The story settings tried: threshold × undated weight × features kept per report.</summary>
    public static IEnumerable<DedupOptions> StoryGrid() =>
        from terms in StoryTerms
        from threshold in Thresholds
        from undated in UndatedWeights
        select DedupOptions.Default with { StoryTerms = terms, StoryThreshold = threshold, UndatedWeight = undated };

    /// <summary>The repost settings tried: shared passage length × containment.</summary>
    public static IEnumerable<DedupOptions> RepostGrid() =>
        from shared in SharedFingerprints
        from containment in Containments
        select DedupOptions.Default with { MinSharedFingerprints = shared, MinPassageContainment = containment };

    public static async Task<TuningResult> RunAsync(StorySet set, ChronicleAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(analyzer);
        return await StoryEvaluation.WithScratchStoreAsync(set, analyzer, consolidate: false, async store =>
        {
            var grid = new List<TuningRow>();
            var predictions = new List<IReadOnlyList<ClusterSummary>>();
            foreach (var options in StoryGrid())
            {
                await CorpusConsolidator.RunAsync(store, options, cancellationToken);
                var clusters = await store.ClustersAsync(100_000, cancellationToken);
                predictions.Add(clusters);
                grid.Add(new TuningRow(options, StoryEvaluation.Score(set, clusters)));
            }

            var repostGrid = new List<TuningRow>();
            foreach (var options in RepostGrid())
            {
                await CorpusConsolidator.RunAsync(store, options, cancellationToken);
                repostGrid.Add(new TuningRow(options, StoryEvaluation.Score(set, await store.ClustersAsync(100_000, cancellationToken))));
            }

            return CrossValidate(set, grid, predictions) with { RepostGrid = repostGrid };
        }, cancellationToken);
    }

    private static TuningResult CrossValidate(StorySet set, List<TuningRow> grid, List<IReadOnlyList<ClusterSummary>> predictions)
    {
        var ids = set.Texts.Select(t => t.Id).ToList();
        var same = predictions.Select(p => StoryEvaluation.ClusterOf(set, p)).ToList();
        bool Gold(string a, string b) => set.StoryOf.TryGetValue(a, out var x) && set.StoryOf.TryGetValue(b, out var y) && x == y;
        int tp = 0, fp = 0, fn = 0;
        var folds = new List<string>();
        foreach (var story in set.StoryOf.Values.Distinct().Order(StringComparer.Ordinal))
        {
            bool Held(string id) => set.StoryOf.TryGetValue(id, out var s) && s == story;
            var best = Enumerable.Range(0, grid.Count)
                .Select(k => (k, F1(Counts(ids, same[k], Gold, (a, b) => !Held(a) && !Held(b)))))
                .OrderByDescending(x => x.Item2)
                .ThenByDescending(x => grid[x.k].Options.StoryThreshold) // ties: the most conservative setting
                .ThenByDescending(x => grid[x.k].Options.StoryTerms)
                .ThenBy(x => x.k)
                .First().k;
            var (t, f, n) = Counts(ids, same[best], Gold, (a, b) => Held(a) || Held(b));
            tp += t;
            fp += f;
            fn += n;
            var chosen = grid[best].Options;
            folds.Add(string.Create(CultureInfo.InvariantCulture,
                $"{story}: threshold {chosen.StoryThreshold:0.00}, undated weight {chosen.UndatedWeight:0.00}, terms {chosen.StoryTerms}, tp {t} fp {f} fn {n}"));
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new TuningResult(grid, new PairScore(precision, recall, F1((tp, fp, fn)), tp + fn, []), folds, []);
    }

    private static (int Tp, int Fp, int Fn) Counts(
        List<string> ids, Dictionary<string, long> cluster, Func<string, string, bool> gold, Func<string, string, bool> counted)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                if (!counted(ids[i], ids[j]))
                {
                    continue;
                }

                var p = cluster.TryGetValue(ids[i], out var x) && cluster.TryGetValue(ids[j], out var y) && x == y;
                var g = gold(ids[i], ids[j]);
                tp += p && g ? 1 : 0;
                fp += p && !g ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
        }

        return (tp, fp, fn);
    }

    private static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / (2.0 * c.Tp + c.Fp + c.Fn);
}
