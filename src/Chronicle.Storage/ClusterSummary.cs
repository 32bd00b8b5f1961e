namespace Chronicle.Storage;

/// <summary>A story: the reports of one event or storyline, its span of dates and the entities it shares.</summary>
public sealed record ClusterSummary(
    long Id,
    string? Label,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<ClusterMember> Members,
    IReadOnlyList<string> TopEntities,
    int EventRecords);
