namespace Chronicle.Web.Queries;

/// <summary>One report of a story as the side-by-side view shows it: where and when, its opening, its figures and voices.</summary>
public sealed record ClusterReport(
    long DocumentId,
    string? Title,
    string? Site,
    string? Published,
    string? Url,
    bool Syndicated,
    string Lead,
    double Tone,
    IReadOnlyList<string> Counts,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Entities);
