namespace Chronicle.Annotations;

/// <summary>Where an event happened, with GDELT's geo-type precision (1 country, 2/5 region, 3/4 city).</summary>
public sealed record EventLocation(string Name, string? CountryCode, double? Lat, double? Lon, int GeoType, string? Entity = null);
