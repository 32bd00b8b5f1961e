namespace Chronicle.Extraction.Html;

/// <summary>What one element holds once chrome is set aside: text and link characters, commas, and its score as a container.</summary>
internal sealed class NodeStats
{
    public bool Dropped;

    /// <summary>Non-space characters of all kept text below the element.</summary>
    public int Text;

    /// <summary>Non-space characters inside links below the element.</summary>
    public int Link;

    /// <summary>Characters not inside a block-level child: the element's own paragraph text.</summary>
    public int Inline;

    public int Commas;

    /// <summary>Table cells below the element.</summary>
    public int Cells;

    public double Score;

    public bool Scored;

    /// <summary>The element's class and id words, kept when chrome detection read them so scoring need not read them again.</summary>
    public string? Names;

    public double LinkDensity => Text == 0 ? 0 : (double)Link / Text;
}
