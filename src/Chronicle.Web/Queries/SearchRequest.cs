namespace Chronicle.Web.Queries;

/// <summary>A search from the UI: the store's query plus the facet filters the store does not know (site, language, theme).</summary>
public sealed record SearchRequest(
    string? Text,
    string? Entity,
    string? Theme,
    string? Site,
    string? Language,
    DateOnly? From,
    DateOnly? To,
    int Limit,
    int Offset);
