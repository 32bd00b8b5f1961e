namespace Chronicle.Storage;

/// <summary>The corpus-wide results of consolidation; writing one replaces the previous one whole.</summary>
public sealed record CorpusGrouping(
    IReadOnlyList<GroupAssignment> DuplicateGroups,
    IReadOnlyList<GroupAssignment> Clusters,
    IReadOnlyList<EventRecord> EventRecords,
    IReadOnlyList<CountRecord> CountRecords);
