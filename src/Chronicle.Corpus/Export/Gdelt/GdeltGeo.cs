namespace Chronicle.Corpus.Export.Gdelt;

/// <summary>
/// The eight geography columns of a GDELT 2.0 event row: type (0 none, 1 country, 2 US state, 3 US city,
/// 4 world city, 5 world state), full name, FIPS country code, ADM1, ADM2, latitude, longitude, feature id.
/// </summary>
public sealed record GdeltGeo(
    int Type = 0,
    string FullName = "",
    string CountryCode = "",
    string Adm1Code = "",
    string Adm2Code = "",
    double? Lat = null,
    double? Lon = null,
    string FeatureId = "")
{
    public static GdeltGeo Empty { get; } = new();
}
