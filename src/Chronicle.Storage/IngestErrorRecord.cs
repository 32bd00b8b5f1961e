namespace Chronicle.Storage;

/// <summary>A stored <see cref="IngestError"/> with its id, run and time.</summary>
public sealed record IngestErrorRecord(long Id, long? RunId, string Source, string Stage, string Message, DateTimeOffset At);
