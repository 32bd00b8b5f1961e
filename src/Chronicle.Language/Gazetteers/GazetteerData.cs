using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Chronicle.Language.Gazetteers;

/// <summary>
/// The embedded place, country and actor tables (derived from GeoNames, mledoze/countries and Wikidata/UCDP lists),
/// loaded once and shared read-only.
/// </summary>
public sealed class GazetteerData
{
    private static readonly Lazy<GazetteerData> Shared = new(Load);

    private GazetteerData(ImmutableArray<CountryRecord> countries, ImmutableArray<PlaceRecord> places, ImmutableArray<ActorRecord> actors)
    {
        Countries = countries;
        Places = places;
        Actors = actors;
        CountriesByAlpha2 = countries.ToFrozenDictionary(c => c.Alpha2, StringComparer.Ordinal);
        CountriesByAlpha3 = countries.ToFrozenDictionary(c => c.Alpha3, StringComparer.Ordinal);
    }

    public static GazetteerData Default => Shared.Value;

    public ImmutableArray<CountryRecord> Countries { get; }

    public ImmutableArray<PlaceRecord> Places { get; }

    public ImmutableArray<ActorRecord> Actors { get; }

    public FrozenDictionary<string, CountryRecord> CountriesByAlpha2 { get; }

    public FrozenDictionary<string, CountryRecord> CountriesByAlpha3 { get; }

    private static GazetteerData Load()
    {
        var countries = ImmutableArray.CreateBuilder<CountryRecord>();
        foreach (var f in ResourceFiles.ReadTable("countries.tsv.gz").Where(f => f.Length >= 9))
        {
            countries.Add(new CountryRecord(
                f[0], f[1], f[2], Double(f[3]), Double(f[4]), Long(f[5]), Long(f[6]), List(f[7]), List(f[8])));
        }

        var places = ImmutableArray.CreateBuilder<PlaceRecord>();
        foreach (var f in ResourceFiles.ReadTable("places.tsv.gz").Where(f => f.Length >= 9))
        {
            places.Add(new PlaceRecord(Long(f[0]), f[1], Double(f[2]), Double(f[3]), f[4], f[5], f[6], Long(f[7]), List(f[8])));
        }

        var actors = ImmutableArray.CreateBuilder<ActorRecord>();
        foreach (var f in ResourceFiles.ReadTable("actors.tsv.gz").Where(f => f.Length >= 5))
        {
            actors.Add(new ActorRecord(f[0], f[1] == "PERSON", Null(f[2]), Null(f[3]), Null(f[4]), f.Length > 5 ? Null(f[5]) : null, f.Length > 6 ? Null(f[6]) : null));
        }

        return new GazetteerData(countries.DrainToImmutable(), places.DrainToImmutable(), actors.DrainToImmutable());
    }

    private static double Double(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static long Long(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static string? Null(string s) => s.Length == 0 ? null : s;

    private static ImmutableArray<string> List(string s) =>
        s.Length == 0 ? [] : [.. s.Split('|', StringSplitOptions.RemoveEmptyEntries)];
}
