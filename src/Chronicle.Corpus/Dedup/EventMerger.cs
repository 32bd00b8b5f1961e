using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Folds the events reported by the documents of one story into event records: the same CAMEO code between the
/// same actors is one event, however many reports carry it, and every report is kept as a source.
/// </summary>
public static class EventMerger
{
    public static async Task<List<EventRecord>> MergeAsync(ICorpusStore store, IReadOnlyDictionary<long, long> clusterOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clusterOf);
        var records = new Dictionary<(long Cluster, string Code, string Source, string Target), int>();
        var list = new List<EventRecord>();
        var sources = new List<List<EventSource>>();
        await foreach (var e in store.EventsAsync(null, cancellationToken))
        {
            var cluster = clusterOf.TryGetValue(e.DocumentId, out var c) ? c : -e.DocumentId;
            var key = (cluster, e.Code, ActorKey(e.SourceCode, e.SourceName), ActorKey(e.TargetCode, e.TargetName));
            if (!records.TryGetValue(key, out var index))
            {
                index = list.Count;
                records[key] = index;
                list.Add(new EventRecord(
                    list.Count + 1, cluster > 0 ? cluster : null, e.Code, e.RootCode, e.Plover, e.SourceName, e.SourceCode, e.TargetName, e.TargetCode,
                    e.Goldstein, e.QuadClass, e.Date ?? e.PublishedDay, e.LocationName, e.CountryCode, e.Lat, e.Lon, []));
                sources.Add([]);
            }
            else
            {
                var record = list[index];
                list[index] = record with
                {
                    Date = Earliest(record.Date, e.Date ?? e.PublishedDay),
                    LocationName = record.LocationName ?? e.LocationName,
                    CountryCode = record.CountryCode ?? e.CountryCode,
                    Lat = record.Lat ?? e.Lat,
                    Lon = record.Lon ?? e.Lon,
                };
            }

            sources[index].Add(new EventSource(e.DocumentId, e.Ordinal, e.Site));
        }

        for (var i = 0; i < list.Count; i++)
        {
            list[i] = list[i] with { Sources = sources[i] };
        }

        return list;
    }

    private static string ActorKey(string? code, string? name) => code ?? (name is null ? string.Empty : EntityKey.Normalise(name));

    private static string? Earliest(string? left, string? right) =>
        left is null ? right : right is null ? left : string.CompareOrdinal(left, right) <= 0 ? left : right;
}
