namespace Chronicle.Storage;

/// <summary>One coded event as stored, with the document it came from.</summary>
/// <param name="Ordinal">Index of the event in the document's <c>events</c> layer.</param>
public sealed record StoredEvent(
    long DocumentId,
    int Ordinal,
    string Code,
    string RootCode,
    string? Plover,
    string? SourceName,
    string? SourceCode,
    string? TargetName,
    string? TargetCode,
    double Goldstein,
    int QuadClass,
    int Start,
    int End,
    string? LocationName,
    string? CountryCode,
    double? Lat,
    double? Lon,
    int GeoType,
    string? Date,
    string? PublishedDay,
    string? Site,
    string? Url);
