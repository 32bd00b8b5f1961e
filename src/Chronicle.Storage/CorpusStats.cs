namespace Chronicle.Storage;

/// <summary>Row counts of a corpus.</summary>
public sealed record CorpusStats(
    long Documents,
    long Entities,
    long Quotes,
    long Counts,
    long Events,
    long Errors,
    long DuplicateGroups,
    long Clusters,
    long EventRecords);
