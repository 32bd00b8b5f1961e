using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Recomputes the corpus-wide view after an ingest: near-duplicate groups (syndicated copies flagged), story
/// clusters, event records and reconciled counts, and writes them to the store in one go. Only compact features
/// are held in memory (a fingerprint and entity ids per document).
/// </summary>
public static class CorpusConsolidator
{
    public static async Task<CorpusGrouping> RunAsync(ICorpusStore store, DedupOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= DedupOptions.Default;
        var documents = new List<DocumentFeatures>();
        await foreach (var features in store.DocumentFeaturesAsync(cancellationToken))
        {
            documents.Add(features);
        }

        var duplicates = new UnionFind(documents.Count);
        NearDuplicates.Join(documents, duplicates, options);

        var duplicateGroups = new List<GroupAssignment>();
        var rootToCanonical = new Dictionary<int, int>();
        for (var i = 0; i < documents.Count; i++)
        {
            // Documents come in id order, so the first member met is the earliest stored: the canonical copy.
            var root = duplicates.Find(i);
            if (duplicates.SizeOf(i) > 1 && !rootToCanonical.ContainsKey(root))
            {
                rootToCanonical[root] = i;
            }
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (rootToCanonical.TryGetValue(duplicates.Find(i), out var canonical))
            {
                var syndicated = i != canonical && documents[i].Site is { } site && documents[canonical].Site is { } origin
                    && !string.Equals(site, origin, StringComparison.OrdinalIgnoreCase);
                duplicateGroups.Add(new GroupAssignment(documents[i].Id, documents[canonical].Id, syndicated));
            }
        }

        // Stories: duplicates are one story by definition; then shared entities within the time window.
        var stories = new UnionFind(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            stories.Union(i, duplicates.Find(i));
        }

        StoryClusters.Join(documents, stories, options);
        var clusterIds = new Dictionary<int, long>();
        var clusters = new List<GroupAssignment>();
        var clusterOf = new Dictionary<long, long>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (stories.SizeOf(i) < 2)
            {
                continue;
            }

            var root = stories.Find(i);
            if (!clusterIds.TryGetValue(root, out var clusterId))
            {
                clusterIds[root] = clusterId = documents[i].Id;
            }

            clusters.Add(new GroupAssignment(documents[i].Id, clusterId));
            clusterOf[documents[i].Id] = clusterId;
        }

        var events = await EventMerger.MergeAsync(store, clusterOf, cancellationToken);
        var counts = await CountReconciler.ReconcileAsync(store, clusterOf, cancellationToken);
        var grouping = new CorpusGrouping(duplicateGroups, clusters, events, counts);
        await store.ReplaceGroupingAsync(grouping, cancellationToken);
        return grouping;
    }
}
