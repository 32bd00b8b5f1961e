namespace Chronicle.Storage;

/// <summary>A report in a story cluster.</summary>
/// <param name="Syndicated">True when the report repeats another report's text on another site.</param>
public sealed record ClusterMember(long DocumentId, string? Title, string? Site, string? Url, string? Published, long? DuplicateGroup, bool Syndicated);
