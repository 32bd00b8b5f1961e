namespace Chronicle.Extraction.Metadata;

/// <summary>What a page's JSON-LD says about its article.</summary>
public sealed record StructuredArticle
{
    public string? Headline { get; init; }

    public string? Body { get; init; }

    public string? Published { get; init; }

    public string? Modified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }
}
