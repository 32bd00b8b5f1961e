namespace Chronicle.Storage;

/// <summary>What near-duplicate detection and story clustering need of one stored document, and nothing more.</summary>
/// <param name="PublishedDay">Publication day (<c>yyyy-MM-dd</c>) when known.</param>
/// <param name="EntityIds">Corpus entity ids named in the document (people, organisations, places).</param>
/// <param name="Length">Text length in characters.</param>
public sealed record DocumentFeatures(
    long Id,
    ulong SimHash,
    string? Site,
    string? PublishedDay,
    int Length,
    IReadOnlyList<long> EntityIds);
