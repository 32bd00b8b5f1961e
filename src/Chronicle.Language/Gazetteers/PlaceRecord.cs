using System.Collections.Immutable;

namespace Chronicle.Language.Gazetteers;

/// <summary>A populated place or first-level division from GeoNames.</summary>
/// <param name="Feature">GeoNames feature code: PPLC (capital), PPLA (division seat), PPL…, or ADM1.</param>
public sealed record PlaceRecord(
    long GeonameId,
    string Name,
    double Lat,
    double Lon,
    string Feature,
    string CountryAlpha2,
    string Admin1,
    long Population,
    ImmutableArray<string> Aliases);
