namespace Chronicle.Storage;

/// <summary>One failed input: where it came from, the stage that failed and why.</summary>
public sealed record IngestError(string Source, string Stage, string Message);
