namespace Chronicle.Web.Queries;

/// <summary>Events geocoded to one place: how many, in how many documents, which kinds, and a few documents to open.</summary>
public sealed record MapPoint(
    string Name,
    string? CountryCode,
    double Lat,
    double Lon,
    int Events,
    int Conflict,
    IReadOnlyList<string> RootCodes,
    IReadOnlyList<long> DocumentIds);
