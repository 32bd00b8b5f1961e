namespace Chronicle.Storage;

/// <summary>A stored document's contract JSON, exactly as it was written at ingest.</summary>
public sealed record StoredDocumentJson(long Id, string Json);
