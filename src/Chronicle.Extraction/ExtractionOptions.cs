namespace Chronicle.Extraction;

/// <summary>Limits that keep one hostile page from exhausting a batch.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Bytes beyond this are ignored (50 MB pages exist; articles are far smaller).</summary>
    public int MaxInputBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Article text beyond this many characters is cut.</summary>
    public int MaxTextChars { get; init; } = 1024 * 1024;

    public static ExtractionOptions Default { get; } = new();
}
