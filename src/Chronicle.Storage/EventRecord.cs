namespace Chronicle.Storage;

/// <summary>One real-world event reported by one or more documents of a story cluster; every report is kept.</summary>
public sealed record EventRecord(
    long Id,
    long? ClusterId,
    string Code,
    string RootCode,
    string? Plover,
    string? SourceName,
    string? SourceCode,
    string? TargetName,
    string? TargetCode,
    double Goldstein,
    int QuadClass,
    string? Date,
    string? LocationName,
    string? CountryCode,
    double? Lat,
    double? Lon,
    IReadOnlyList<EventSource> Sources);
