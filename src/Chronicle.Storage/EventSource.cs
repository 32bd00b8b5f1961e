namespace Chronicle.Storage;

/// <summary>A report of an event: the document and the index of the event in it.</summary>
public sealed record EventSource(long DocumentId, int Ordinal, string? Site);
