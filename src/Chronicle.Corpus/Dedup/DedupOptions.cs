namespace Chronicle.Corpus.Dedup;

/// <summary>Thresholds for near-duplicates and story clusters.</summary>
public sealed record DedupOptions
{
    /// <summary>SimHash bits that may differ between near-duplicates (64-bit hashes over word 3-shingles).</summary>
    public int MaxHammingDistance { get; init; } = 3;

    /// <summary>Texts shorter than this have too few shingles for SimHash to mean much; only exact copies group.</summary>
    public int MinNearDuplicateChars { get; init; } = 200;

    /// <summary>Reports of one story name at least this many of the same people, organisations or places…</summary>
    public int MinSharedEntities { get; init; } = 3;

    /// <summary>…and this share of their entities (Jaccard)…</summary>
    public double MinEntityJaccard { get; init; } = 0.3;

    /// <summary>…and appear within this many days of each other (when both dates are known).</summary>
    public int WindowDays { get; init; } = 3;

    /// <summary>Entities named in more documents than this share (and at least 50) say nothing about a story.</summary>
    public double MaxEntityDocumentShare { get; init; } = 0.05;

    public static DedupOptions Default { get; } = new();
}
