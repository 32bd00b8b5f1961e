namespace Chronicle.Storage;

/// <summary>A report in a story cluster.</summary>
/// <param name="DuplicateGroup">The repost group, named after its canonical document (the fullest, then earliest).</param>
/// <param name="Syndicated">True when the report repeats another report's text on another site.</param>
/// <param name="Relation">How a repost relates to its group's canonical document (<c>copy</c>, <c>excerpt</c>,
/// <c>wire</c>, <c>update</c>); null for the canonical document and for reports that are no repost.</param>
public sealed record ClusterMember(
    long DocumentId, string? Title, string? Site, string? Url, string? Published, long? DuplicateGroup, bool Syndicated, string? Relation = null);
