namespace Chronicle.Events.Common;

/// <summary>One country: ISO 3166 alpha-3 and alpha-2, FIPS 10-4 and English name.</summary>
public sealed record CountryRow(string Iso3, string Iso2, string Fips, string Name);
