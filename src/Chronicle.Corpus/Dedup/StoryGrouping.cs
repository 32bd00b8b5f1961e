using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Turns repost groups into reports (one per group: reposts count once) with TF-IDF vectors learned from the corpus
/// (document frequencies over reports, so a name every report carries weighs nothing and a rare one weighs much),
/// and clusters them with <see cref="StoryIndex"/>.
/// </summary>
internal static class StoryGrouping
{
    /// <summary>The story of each document (an index; documents of one repost group share it).</summary>
    public static int[] Cluster(
        IReadOnlyList<DocumentFeatures> documents,
        int?[] days,
        UnionFind duplicates,
        Dictionary<int, (int Document, TextSketch Sketch)> representatives,
        DedupOptions options)
    {
        var unitOf = new Dictionary<int, int>();
        var members = new List<List<int>>();
        for (var i = 0; i < documents.Count; i++)
        {
            var root = duplicates.Find(i);
            if (!unitOf.TryGetValue(root, out var unit))
            {
                unitOf[root] = unit = members.Count;
                members.Add([]);
            }

            members[unit].Add(i);
        }

        var features = new (uint[] Terms, ushort[] Counts)[members.Count];
        var frequency = new Dictionary<uint, int>();
        for (var u = 0; u < members.Count; u++)
        {
            var root = duplicates.Find(members[u][0]);
            var sketch = representatives.TryGetValue(root, out var r) ? r.Sketch : null;
            features[u] = WithEntities(sketch, members[u].SelectMany(i => documents[i].EntityIds));
            foreach (var term in features[u].Terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var reports = (double)members.Count;
        double Idf(uint term) => Math.Log((reports + 1) / (frequency.GetValueOrDefault(term) + 0.5));
        var index = new StoryIndex(options);
        for (var u = 0; u < members.Count; u++)
        {
            var dated = members[u].Select(i => days[i]).OfType<int>().ToList();
            index.Add(StoryUnit.Weigh(
                features[u].Terms, features[u].Counts, Idf, options.StoryTerms, dated.Count > 0 ? dated.Min() : null, dated.Count > 0 ? dated.Max() : null));
        }

        index.Refine();
        var storyOf = new int[documents.Count];
        for (var u = 0; u < members.Count; u++)
        {
            foreach (var i in members[u])
            {
                storyOf[i] = index.StoryOf(u);
            }
        }

        return storyOf;
    }

    /// <summary>The report's words plus its entities (each once), as one sorted feature list.</summary>
    private static (uint[] Terms, ushort[] Counts) WithEntities(TextSketch? sketch, IEnumerable<long> entities)
    {
        var counts = new Dictionary<uint, ushort>();
        if (sketch is not null)
        {
            for (var k = 0; k < sketch.Terms.Length; k++)
            {
                counts[sketch.Terms[k]] = sketch.Counts[k];
            }
        }

        foreach (var entity in entities.Distinct())
        {
            counts.TryAdd(EntityFeature(entity), 1);
        }

        var terms = counts.Keys.ToArray();
        Array.Sort(terms);
        return (terms, [.. terms.Select(t => counts[t])]);
    }

    /// <summary>An entity id as a feature hash (mixed so it does not land on word hashes by pattern).</summary>
    private static uint EntityFeature(long entity) => (uint)((ulong)(entity + 1) * 0x9E3779B97F4A7C15UL >> 32);
}
