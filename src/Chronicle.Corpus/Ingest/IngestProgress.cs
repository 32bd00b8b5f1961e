namespace Chronicle.Corpus.Ingest;

/// <summary>A snapshot of a running ingest.</summary>
/// <param name="Skipped">Inputs a previous run already finished (resume).</param>
/// <param name="BytesRead">Input bytes consumed (compressed bytes for WARC.gz), against <see cref="TotalBytes"/>.</param>
public sealed record IngestProgress(
    long Seen,
    long Added,
    long Unchanged,
    long Skipped,
    long Failed,
    long BytesRead,
    long TotalBytes,
    TimeSpan Elapsed)
{
    public long Processed => Added + Unchanged + Failed;

    /// <summary>True on the one report made when the run has ended: its counts are the run's totals.</summary>
    public bool Finished { get; init; }

    /// <summary>Documents analysed and written per second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;

    /// <summary>Share of the input read, 0 to 1.</summary>
    public double Fraction => TotalBytes > 0 ? Math.Clamp((double)BytesRead / TotalBytes, 0, 1) : 0;

    /// <summary>Estimated time left from the byte rate; null until something has been read.</summary>
    public TimeSpan? Remaining => BytesRead > 0 && TotalBytes > BytesRead && Elapsed > TimeSpan.Zero
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (TotalBytes - BytesRead) / BytesRead)
        : null;
}
