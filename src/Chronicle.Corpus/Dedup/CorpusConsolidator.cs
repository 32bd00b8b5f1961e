using System.Globalization;
using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Recomputes the corpus-wide view after an ingest: repost groups (whole copies, excerpts, wire versions and
/// updates, each with its relation to the group's canonical document), story clusters, event records and reconciled
/// counts, and writes them to the store in one go. The same code serves every storage engine. Only compact features
/// are held in memory (fingerprints and entity ids per document, word counts per repost group).
/// </summary>
public static class CorpusConsolidator
{
    public static Task<CorpusGrouping> RunAsync(ICorpusStore store, DedupOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(store, options, null, cancellationToken);

    /// <summary>As <see cref="RunAsync(ICorpusStore, DedupOptions?, CancellationToken)"/>, timing each step into <paramref name="phases"/>.</summary>
    public static async Task<CorpusGrouping> RunAsync(ICorpusStore store, DedupOptions? options, ICollection<ConsolidationPhase>? phases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= DedupOptions.Default;
        var clock = new PhaseClock(phases);
        var documents = new List<DocumentFeatures>();
        await foreach (var features in store.DocumentFeaturesAsync(cancellationToken))
        {
            documents.Add(features);
        }

        clock.Lap("read features");
        var days = documents.Select(d => DayOf(d.PublishedDay)).ToArray();
        var duplicates = new UnionFind(documents.Count);
        NearDuplicates.Join(documents, duplicates, options);
        clock.Lap("near duplicates");
        var reposts = await RepostPass.RunAsync(store, documents, duplicates, options, cancellationToken);
        clock.Lap("reposts (read, sketch, index)");
        var duplicateGroups = AssignReposts(documents, days, duplicates, reposts.Fingerprints);
        clock.Lap("repost relations");

        var storyOf = StoryGrouping.Cluster(documents, days, duplicates, reposts.Representatives, options);
        var clusters = new List<GroupAssignment>();
        var clusterOf = new Dictionary<long, long>();
        var clusterIds = new Dictionary<int, long>();
        var sizes = new Dictionary<int, int>();
        foreach (var story in storyOf)
        {
            sizes[story] = sizes.GetValueOrDefault(story) + 1;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (sizes[storyOf[i]] < 2)
            {
                continue;
            }

            // Documents come in id order: a story is named after its first stored report.
            if (!clusterIds.TryGetValue(storyOf[i], out var clusterId))
            {
                clusterIds[storyOf[i]] = clusterId = documents[i].Id;
            }

            clusters.Add(new GroupAssignment(documents[i].Id, clusterId));
            clusterOf[documents[i].Id] = clusterId;
        }

        clock.Lap("stories");
        var events = await EventMerger.MergeAsync(store, clusterOf, cancellationToken);
        clock.Lap("event records");
        var counts = await CountReconciler.ReconcileAsync(store, clusterOf, cancellationToken);
        clock.Lap("count records");
        var grouping = new CorpusGrouping(duplicateGroups, clusters, events, counts);
        await store.ReplaceGroupingAsync(grouping, cancellationToken);
        clock.Lap("write");
        return grouping;
    }

    /// <summary>The day number of a <c>yyyy-MM-dd</c> publication day, or null.</summary>
    internal static int? DayOf(string? day) =>
        day is not null && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed.DayNumber : null;

    private static List<GroupAssignment> AssignReposts(List<DocumentFeatures> documents, int?[] days, UnionFind duplicates, uint[][] fingerprints)
    {
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (duplicates.SizeOf(i) < 2)
            {
                continue;
            }

            var root = duplicates.Find(i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(i);
        }

        var assignments = new List<GroupAssignment>();
        foreach (var list in members.Values.OrderBy(l => l[0]))
        {
            var group = list.Select(i => new RepostMember(documents[i].Id, documents[i].Site, days[i], fingerprints[i])).ToList();
            var canonical = group[RepostRelations.Canonical(group)];
            foreach (var member in group)
            {
                var isCanonical = ReferenceEquals(member, canonical);
                var syndicated = !isCanonical && member.Site is { } site && canonical.Site is { } origin
                    && !string.Equals(site, origin, StringComparison.OrdinalIgnoreCase);
                assignments.Add(new GroupAssignment(member.Id, canonical.Id, syndicated, isCanonical ? null : RepostRelations.Of(member, canonical)));
            }
        }

        return assignments;
    }
}
