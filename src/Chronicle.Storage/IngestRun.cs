namespace Chronicle.Storage;

/// <summary>One <c>ingest</c> invocation: what it was given and, once finished, what it did.</summary>
public sealed record IngestRun(
    long Id,
    string Sources,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    long Seen,
    long Added,
    long Unchanged,
    long Failed);
