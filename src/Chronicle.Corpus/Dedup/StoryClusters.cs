using System.Globalization;
using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Joins reports of one story: documents that name enough of the same people, organisations and places within a
/// few days. Very common entities are left out of the comparison, so "United States" alone joins nothing.
/// </summary>
public static class StoryClusters
{
    internal static void Join(IReadOnlyList<DocumentFeatures> documents, UnionFind sets, DedupOptions options)
    {
        var maxShare = Math.Max(50, (int)(documents.Count * options.MaxEntityDocumentShare));
        var postings = new Dictionary<long, List<int>>();
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var entity in documents[i].EntityIds)
            {
                if (!postings.TryGetValue(entity, out var list))
                {
                    postings[entity] = list = [];
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        var days = new DateOnly?[documents.Count];
        var distinct = new int[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            days[i] = documents[i].PublishedDay is { } day && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : null;
            distinct[i] = documents[i].EntityIds.Distinct().Count();
        }

        var shared = new Dictionary<int, int>();
        for (var i = 0; i < documents.Count; i++)
        {
            shared.Clear();
            foreach (var entity in documents[i].EntityIds.Distinct())
            {
                var list = postings[entity];
                if (list.Count > maxShare)
                {
                    continue;
                }

                foreach (var other in list)
                {
                    if (other < i)
                    {
                        shared[other] = shared.GetValueOrDefault(other) + 1;
                    }
                }
            }

            foreach (var (other, count) in shared)
            {
                if (count < options.MinSharedEntities)
                {
                    continue;
                }

                var jaccard = (double)count / (distinct[i] + distinct[other] - count);
                var close = days[i] is not { } a || days[other] is not { } b || Math.Abs(a.DayNumber - b.DayNumber) <= options.WindowDays;
                if (jaccard >= options.MinEntityJaccard && close)
                {
                    sets.Union(i, other);
                }
            }
        }
    }
}
