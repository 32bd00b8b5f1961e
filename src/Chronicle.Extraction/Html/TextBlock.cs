namespace Chronicle.Extraction.Html;

/// <summary>One paragraph of extracted text; headings are kept as their own blocks.</summary>
public readonly record struct TextBlock(string Text, bool IsHeading)
{
    /// <summary>Share of the block's characters that sit inside links.</summary>
    public double LinkDensity { get; init; }

    /// <summary>True for a list item.</summary>
    public bool IsListItem { get; init; }
}
