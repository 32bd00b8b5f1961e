using Chronicle.Storage;

namespace Chronicle.Web.Queries;

/// <summary>Stored events grouped by place for the map; memory grows with the number of places, not of events.</summary>
public static class EventMap
{
    private const int DocumentsPerPoint = 10;

    public static async Task<IReadOnlyList<MapPoint>> BuildAsync(ICorpusStore store, string? actor, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var places = new Dictionary<(string, long, long), Place>();
        await foreach (var e in store.EventsAsync(string.IsNullOrWhiteSpace(actor) ? null : actor, cancellationToken))
        {
            if (e.Lat is not { } lat || e.Lon is not { } lon || !double.IsFinite(lat) || !double.IsFinite(lon) || Math.Abs(lat) > 90 || Math.Abs(lon) > 180)
            {
                continue;
            }

            var name = e.LocationName ?? string.Empty;
            var key = (name, (long)Math.Round(lat * 100), (long)Math.Round(lon * 100));
            if (!places.TryGetValue(key, out var place))
            {
                places[key] = place = new Place(name, e.CountryCode, lat, lon);
            }

            place.Events++;
            if (e.QuadClass >= 3)
            {
                place.Conflict++;
            }

            place.RootCodes[e.RootCode] = place.RootCodes.GetValueOrDefault(e.RootCode) + 1;
            if (place.Documents.Count < DocumentsPerPoint && !place.Documents.Contains(e.DocumentId))
            {
                place.Documents.Add(e.DocumentId);
            }
        }

        return places.Values
            .OrderByDescending(p => p.Events)
            .Take(limit)
            .Select(p => new MapPoint(
                p.Name, p.CountryCode, p.Lat, p.Lon, p.Events, p.Conflict,
                p.RootCodes.OrderByDescending(c => c.Value).Take(3).Select(c => c.Key).ToList(), p.Documents))
            .ToList();
    }

    private sealed class Place(string name, string? countryCode, double lat, double lon)
    {
        public string Name { get; } = name;
        public string? CountryCode { get; } = countryCode;
        public double Lat { get; } = lat;
        public double Lon { get; } = lon;
        public int Events { get; set; }
        public int Conflict { get; set; }
        public Dictionary<string, int> RootCodes { get; } = new(StringComparer.Ordinal);
        public List<long> Documents { get; } = [];
    }
}
