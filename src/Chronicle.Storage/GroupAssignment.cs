namespace Chronicle.Storage;

/// <summary>Puts a document in a duplicate group or a story cluster.</summary>
/// <param name="Syndicated">For duplicate groups: the document repeats the canonical text on another site.</param>
public sealed record GroupAssignment(long DocumentId, long GroupId, bool Syndicated = false);
