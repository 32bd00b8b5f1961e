using System.Collections.Frozen;
using Chronicle.Annotations;
using Chronicle.Language.Entities;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Geocoding;

/// <summary>
/// Resolves place names to gazetteer entries. Country names resolve to the country itself, never to a building or a
/// namesake town; other names pick the candidate with the best mix of population, importance (capital, division
/// seat) and agreement with the countries the document already talks about.
/// </summary>
public sealed class Geocoder
{
    private static readonly Lazy<Geocoder> Shared = new(() => new Geocoder(GazetteerData.Default, CountryLookup.Default));

    private readonly GazetteerData _data;
    private readonly CountryLookup _countries;
    private readonly FrozenDictionary<string, int[]> _byName;

    internal Geocoder(GazetteerData data, CountryLookup countries)
    {
        _data = data;
        _countries = countries;
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < data.Places.Length; i++)
        {
            var place = data.Places[i];
            Add(byName, place.Name, i);
            foreach (var alias in place.Aliases)
            {
                Add(byName, alias, i);
            }
        }

        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public static Geocoder Default => Shared.Value;

    /// <summary>The country a name denotes, as a country-precision point.</summary>
    public (GeoPoint Point, string Alpha3)? ResolveCountry(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var country = _countries.ByName(name);
        return country is null ? null : (CountryPoint(country), country.Alpha3);
    }

    public static GeoPoint CountryPoint(CountryRecord country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return new GeoPoint(country.Lat, country.Lon, country.GeonameId == 0 ? null : country.GeonameId, "country", "PCLI", country.Alpha3);
    }

    /// <summary>
    /// The best place for <paramref name="name"/>, preferring places in <paramref name="documentCountries"/>
    /// (ISO alpha-2) and near <paramref name="nearby"/> points already resolved in the document.
    /// </summary>
    public (GeoPoint Point, string? Alpha3)? ResolvePlace(string name, IReadOnlySet<string> documentCountries, IReadOnlyList<GeoPoint> nearby)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(documentCountries);
        ArgumentNullException.ThrowIfNull(nearby);
        if (name.Length < 3 || !char.IsUpper(name[0]) || !_byName.TryGetValue(name, out var candidates))
        {
            return null;
        }

        PlaceRecord? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var index in candidates)
        {
            var place = _data.Places[index];
            var score = Math.Log10(place.Population + 10);
            score += place.Feature switch
            {
                "PPLC" => 2.0,
                "PPLA" => 1.5,
                "ADM1" => 1.0,
                "PPLA2" => 0.7,
                _ => 0,
            };
            score += string.Equals(place.Name, name, StringComparison.Ordinal) ? 0.5 : 0;
            score += documentCountries.Contains(place.CountryAlpha2) ? 3.0 : 0;
            foreach (var near in nearby)
            {
                if (Math.Abs(near.Lat - place.Lat) < 3 && Math.Abs(near.Lon - place.Lon) < 3)
                {
                    score += 1.0;
                    break;
                }
            }

            if (score > bestScore)
            {
                (best, bestScore) = (place, score);
            }
        }

        if (best is null)
        {
            return null;
        }

        var alpha3 = _data.CountriesByAlpha2.TryGetValue(best.CountryAlpha2, out var country) ? country.Alpha3 : null;
        var precision = best.Feature == "ADM1" ? "region" : "city";
        var point = new GeoPoint(best.Lat, best.Lon, best.GeonameId == 0 ? null : best.GeonameId, precision, best.Feature, alpha3);
        return (point, alpha3);
    }

    /// <summary>ISO alpha-2 code for an alpha-3 code.</summary>
    public string? Alpha2(string alpha3) => _data.CountriesByAlpha3.TryGetValue(alpha3, out var c) ? c.Alpha2 : null;

    private static void Add(Dictionary<string, List<int>> map, string name, int index)
    {
        if (!map.TryGetValue(name, out var list))
        {
            list = [];
            map[name] = list;
        }

        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }
}
