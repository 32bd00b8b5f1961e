namespace Chronicle.Corpus.Sources;

/// <summary>Size limits that keep one hostile input from exhausting memory.</summary>
public sealed record SourceLimits
{
    /// <summary>Largest article read into memory (matches the extractor's default input cap).</summary>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Largest WARC record read; larger ones are skipped with an error record.</summary>
    public long MaxWarcRecordBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// Most bytes decompressed while skipping one oversized or unwanted record; past this the rest of the file is
    /// abandoned with an error record, so a gzip bomb cannot keep a worker busy for ever.
    /// </summary>
    public long MaxSkipBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Longest JSON Lines line.</summary>
    public int MaxLineChars { get; init; } = 32 * 1024 * 1024;

    public static SourceLimits Default { get; } = new();
}
