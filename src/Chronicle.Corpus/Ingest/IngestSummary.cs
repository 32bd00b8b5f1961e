namespace Chronicle.Corpus.Ingest;

/// <summary>What an ingest did.</summary>
public sealed record IngestSummary(
    long RunId,
    IngestProgress Totals,
    long PeakWorkingSetBytes,
    int DuplicateGroups,
    int Clusters,
    int EventRecords);
