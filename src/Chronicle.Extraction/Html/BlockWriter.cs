using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Renders the chosen containers as paragraphs: block elements and line breaks end a paragraph, whitespace
/// collapses, chrome measured earlier stays out, and link-dominated lists and boxes inside the body are skipped.
/// </summary>
internal sealed class BlockWriter
{
    private readonly ContentExtractor _owner;
    private readonly StringBuilder _current = new();
    private bool _pendingSpace;
    private bool _currentIsHeading;
    private bool _currentIsListItem;
    private int _linkDepth;
    private int _linkChars;
    private int _chars;

    public BlockWriter(ContentExtractor owner) => _owner = owner;

    public List<TextBlock> Blocks { get; } = [];

    public void Write(IElement element)
    {
        Visit(element);
        Flush();
    }

    private void Visit(IElement element)
    {
        var stats = _owner.StatsOf(element);
        if (stats is null || stats.Dropped || stats.Text == 0 && !string.Equals(element.LocalName, "br", StringComparison.Ordinal))
        {
            return;
        }

        var tag = element.LocalName;
        if (IsLinkFarm(tag, stats))
        {
            return;
        }

        var block = HtmlTags.Block.Contains(tag);
        if (block)
        {
            Flush();
            _currentIsHeading = HtmlTags.IsHeading(tag);
            _currentIsListItem = string.Equals(tag, "li", StringComparison.Ordinal);
        }

        var link = string.Equals(tag, "a", StringComparison.Ordinal);
        if (link)
        {
            _linkDepth++;
        }

        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText text)
            {
                Append(text.Data);
            }
            else if (node is IElement child)
            {
                if (string.Equals(child.LocalName, "br", StringComparison.Ordinal))
                {
                    Flush();
                    continue;
                }

                Visit(child);
            }
        }

        if (link)
        {
            _linkDepth--;
        }

        if (block)
        {
            Flush();
        }
    }

    /// <summary>Lists and boxes made mostly of links inside the body are "related" or "read more" lists.</summary>
    private static bool IsLinkFarm(string tag, NodeStats stats) => tag switch
    {
        "ul" or "ol" or "dl" or "div" or "section" or "table" or "header" or "footer" or "form" or "figure" =>
            stats.LinkDensity > 0.5 && stats.Text < 3000,
        "li" or "h2" or "h3" or "h4" or "h5" or "h6" => stats.LinkDensity > 0.8 && stats.Text < 200,
        _ => false,
    };

    private void Append(string text)
    {
        foreach (var c in text)
        {
            if (c <= ' ' || c == '\u00A0' || char.IsWhiteSpace(c))
            {
                _pendingSpace = _current.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (_pendingSpace)
            {
                _current.Append(' ');
                _pendingSpace = false;
            }

            _current.Append(c);
            _chars++;
            if (_linkDepth > 0)
            {
                _linkChars++;
            }
        }
    }

    private void Flush()
    {
        if (_current.Length > 0)
        {
            Blocks.Add(new TextBlock(_current.ToString(), _currentIsHeading)
            {
                LinkDensity = _chars == 0 ? 0 : (double)_linkChars / _chars,
                IsListItem = _currentIsListItem,
            });
            _current.Clear();
        }

        _linkChars = 0;
        _chars = 0;
        _pendingSpace = false;
        _currentIsHeading = false;
        _currentIsListItem = false;
    }
}
