namespace Chronicle.Annotations;

/// <summary>A gazetteer match for a place.</summary>
/// <param name="Precision">How precise the match is: <c>country</c>, <c>region</c> or <c>city</c>.</param>
/// <param name="FeatureClass">The GeoNames feature class or code (e.g. <c>PPLC</c>, <c>ADM1</c>, <c>PCLI</c>).</param>
public sealed record GeoPoint(
    double Lat,
    double Lon,
    long? GeonameId = null,
    string? Precision = null,
    string? FeatureClass = null,
    string? CountryCode = null);
