namespace Chronicle.Storage;

/// <summary>Puts a document in a duplicate (repost) group or a story cluster.</summary>
/// <param name="Syndicated">For duplicate groups: the document repeats the canonical text on another site.</param>
/// <param name="Relation">For duplicate groups: how the document relates to the canonical one (<c>copy</c>,
/// <c>excerpt</c>, <c>wire</c>, <c>update</c>); null for the canonical document itself.</param>
public sealed record GroupAssignment(long DocumentId, long GroupId, bool Syndicated = false, string? Relation = null);
