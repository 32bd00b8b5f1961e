using Chronicle.Corpus.Sources;

namespace Chronicle.Corpus.Ingest;

/// <summary>How an ingest runs. Defaults suit a laptop; every queue is bounded so memory does not grow with the input.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents analysed in parallel.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents written per transaction.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// Most bytes held in one batch (analysed documents, weighed by their JSON) or one resume lookup (raw inputs): a
    /// batch of long pages is written early rather than held whole.
    /// </summary>
    public long MaxBatchBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Source keys looked up at once to skip inputs a previous run finished.</summary>
    public int ResumeLookupSize { get; init; } = 256;

    /// <summary>Recompute duplicate groups, story clusters and event records once the documents are written.</summary>
    public bool Consolidate { get; init; } = true;

    /// <summary>How often progress is reported.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    public SourceLimits Limits { get; init; } = SourceLimits.Default;

    public static IngestOptions Default { get; } = new();
}
