namespace Chronicle.Corpus.Dedup;

/// <summary>Thresholds for reposts and story clusters (how they were chosen: docs/CORPUS.md).</summary>
public sealed record DedupOptions
{
    /// <summary>SimHash bits that may differ between whole-text near-duplicates (64-bit hashes over word 3-shingles).</summary>
    public int MaxHammingDistance { get; init; } = 3;

    /// <summary>Texts shorter than this have too few shingles for SimHash to mean much; only exact copies group.</summary>
    public int MinNearDuplicateChars { get; init; } = 200;

    /// <summary>A repost shares at least this many winnowed fingerprints (a passage of about 25 words or more)…</summary>
    public int MinSharedFingerprints { get; init; } = 8;

    /// <summary>…making up at least this share of the shorter text's fingerprints.</summary>
    public double MinPassageContainment { get; init; } = 0.1;

    /// <summary>A report joins a story when its mean TF-IDF cosine with the story's reports reaches this.</summary>
    public double StoryThreshold { get; init; } = 0.12;

    /// <summary>The similarity of a report or story without a publication day counts this much (lower confidence).</summary>
    public double UndatedWeight { get; init; } = 0.85;

    /// <summary>The dated reports of one story span at most this many days.</summary>
    public int WindowDays { get; init; } = 3;

    /// <summary>Features (words and entities) kept per report, the heaviest by TF-IDF.</summary>
    public int StoryTerms { get; init; } = 256;

    /// <summary>Features per report entered in the inverted index that finds candidate stories…</summary>
    public int RetrievalTerms { get; init; } = 16;

    /// <summary>…and looked up there for an arriving report (its heaviest).</summary>
    public int QueryTerms { get; init; } = 64;

    /// <summary>Documents kept per posting of the candidate indexes (the most recent for stories, the first for reposts).</summary>
    public int MaxPostingDocuments { get; init; } = 64;

    public static DedupOptions Default { get; } = new();
}
