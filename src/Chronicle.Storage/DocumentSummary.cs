namespace Chronicle.Storage;

/// <summary>A stored document as lists show it.</summary>
public sealed record DocumentSummary(
    long Id,
    string? Title,
    string? Url,
    string? Path,
    string? Site,
    string? Published,
    string Language,
    double Tone,
    long? DuplicateGroup,
    long? Cluster);
