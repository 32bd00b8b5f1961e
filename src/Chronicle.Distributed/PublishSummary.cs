namespace Chronicle.Distributed;

/// <summary>What a publish did.</summary>
/// <param name="Published">Inputs put on the queue.</param>
/// <param name="Duplicates">Inputs the queue already held (same source key within the duplicate window).</param>
/// <param name="Skipped">Inputs the store already had (resume).</param>
/// <param name="Bytes">Message bytes sent, after compression.</param>
public sealed record PublishSummary(long Published, long Duplicates, long Skipped, long Bytes, TimeSpan Elapsed);
