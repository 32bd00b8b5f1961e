using System.Collections.Immutable;

namespace Chronicle.Language.Gazetteers;

/// <summary>A country or territory: ISO codes, English name, aliases, demonyms and a representative point.</summary>
public sealed record CountryRecord(
    string Alpha3,
    string Alpha2,
    string Name,
    double Lat,
    double Lon,
    long GeonameId,
    long Population,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms);
