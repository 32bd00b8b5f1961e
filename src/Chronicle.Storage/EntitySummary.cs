namespace Chronicle.Storage;

/// <summary>A corpus-level entity (same type and normalised name across documents) with how often it occurs.</summary>
public sealed record EntitySummary(
    long Id,
    string Name,
    string Type,
    string? Actor,
    string? Country,
    string? WikidataId,
    long Documents,
    long Mentions);
