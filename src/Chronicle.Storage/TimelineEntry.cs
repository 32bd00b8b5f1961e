namespace Chronicle.Storage;

/// <summary>One document in an entity's timeline: when, where, and what the entity did or said in it.</summary>
public sealed record TimelineEntry(
    string? Date,
    long DocumentId,
    string? Title,
    string? Site,
    string? Url,
    long EntityId,
    string EntityName,
    int Mentions,
    int Quotes,
    int Events);
