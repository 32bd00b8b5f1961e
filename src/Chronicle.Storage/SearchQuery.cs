namespace Chronicle.Storage;

/// <summary>A corpus search: full-text words, an entity name and a date range, all optional and combined with AND.</summary>
/// <param name="Text">Words to find in the title, text or quotes (every word must occur).</param>
/// <param name="Entity">An entity name or alias; matches whole words of stored names ("Assad" finds "Bashar al-Assad").</param>
/// <param name="From">First publication day included.</param>
/// <param name="To">Last publication day included.</param>
public sealed record SearchQuery(
    string? Text = null,
    string? Entity = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = 20,
    int Offset = 0);
