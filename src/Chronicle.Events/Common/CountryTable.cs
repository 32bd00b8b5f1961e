using System.Collections.Frozen;

namespace Chronicle.Events.Common;

/// <summary>ISO alpha-3 ↔ FIPS 10-4 and names (GeoNames countryInfo), for GDELT's geography columns.</summary>
public sealed class CountryTable
{
    private static readonly Lazy<CountryTable> SharedInstance = new(() => new CountryTable());

    private readonly FrozenDictionary<string, CountryRow> _byIso3;
    private readonly FrozenDictionary<string, CountryRow> _byIso2;

    private CountryTable()
    {
        var rows = new List<CountryRow>();
        foreach (var r in ResourceTable.Read("countries.tsv"))
        {
            if (r.Length >= 4)
            {
                rows.Add(new CountryRow(r[0], r[1], r[2], r[3]));
            }
        }

        _byIso3 = rows.ToFrozenDictionary(r => r.Iso3, StringComparer.Ordinal);
        _byIso2 = rows.GroupBy(r => r.Iso2, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public static CountryTable Shared => SharedInstance.Value;

    public CountryRow? ByIso3(string iso3) => _byIso3.GetValueOrDefault(iso3);

    public CountryRow? ByIso2(string iso2) => _byIso2.GetValueOrDefault(iso2);
}
