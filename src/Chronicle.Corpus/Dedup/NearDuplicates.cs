using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Groups near-identical documents by SimHash. With at most k differing bits, splitting the 64 bits into k+1 bands
/// guarantees two near-duplicates agree on one whole band (pigeonhole), so only documents sharing a band value are
/// compared.
/// </summary>
public static class NearDuplicates
{
    /// <summary>Compared per bucket: each document meets at most this many earlier groups there, bounding the cost of huge buckets.</summary>
    private const int MaxRepresentatives = 32;

    /// <summary>Unions near-duplicates in <paramref name="sets"/>; returns how many pairs were joined.</summary>
    internal static int Join(IReadOnlyList<DocumentFeatures> documents, UnionFind sets, DedupOptions options)
    {
        var bands = Math.Clamp(options.MaxHammingDistance + 1, 1, 16);
        var width = 64 / bands;
        var joined = 0;

        // Short texts: only identical fingerprints (in practice identical word sequences) group.
        var exact = new Dictionary<ulong, int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Length >= options.MinNearDuplicateChars)
            {
                continue;
            }

            if (exact.TryGetValue(documents[i].SimHash, out var first))
            {
                joined += sets.Union(first, i) ? 1 : 0;
            }
            else
            {
                exact[documents[i].SimHash] = i;
            }
        }

        for (var band = 0; band < bands; band++)
        {
            var shift = band * width;
            var bits = band == bands - 1 ? 64 - shift : width;
            var mask = bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < documents.Count; i++)
            {
                if (documents[i].Length < options.MinNearDuplicateChars)
                {
                    continue;
                }

                var value = (documents[i].SimHash >> shift) & mask;
                if (!buckets.TryGetValue(value, out var bucket))
                {
                    buckets[value] = bucket = [];
                }

                foreach (var other in bucket)
                {
                    if (sets.Find(other) != sets.Find(i) && SimHash.Distance(documents[other].SimHash, documents[i].SimHash) <= options.MaxHammingDistance)
                    {
                        sets.Union(other, i);
                        joined++;
                    }
                }

                // Keep one representative per group in the bucket, and only a bounded number of them.
                if (bucket.Count < MaxRepresentatives && !bucket.Exists(b => sets.Find(b) == sets.Find(i)))
                {
                    bucket.Add(i);
                }
            }
        }

        return joined;
    }
}
