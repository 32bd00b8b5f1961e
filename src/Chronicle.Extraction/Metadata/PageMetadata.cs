namespace Chronicle.Extraction.Metadata;

/// <summary>Article metadata read from a page's head, structured data and byline area.</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }

    /// <summary>The page's main heading (<c>h1</c>), used to strip a title repeated at the top of the text.</summary>
    public string? Heading { get; init; }

    public IReadOnlyList<string> Byline { get; init; } = [];

    public string? Published { get; init; }

    public string? Site { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>ISO 639-1 code declared by the page, or null.</summary>
    public string? Language { get; init; }
}
