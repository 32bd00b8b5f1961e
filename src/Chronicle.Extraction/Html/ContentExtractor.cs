using AngleSharp.Dom;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Finds the article body in a parsed page. Chrome is set aside by tag, by class and id words and by visibility;
/// paragraphs then score the containers above them (long, comma-rich, link-poor text scores most); the best
/// container and its like siblings are rendered block by block, link farms and boilerplate lines left out.
/// </summary>
internal sealed class ContentExtractor
{
    /// <summary>Paragraphs shorter than this carry no weight as evidence of a container.</summary>
    private const int MinParagraphChars = 25;

    /// <summary>How far up a paragraph's score reaches.</summary>
    private const int ScoreLevels = 5;

    private readonly Dictionary<IElement, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _candidates = [];
    private readonly bool _useClassNames;
    private readonly int _bodyText;

    private ContentExtractor(bool useClassNames, int bodyText)
    {
        _useClassNames = useClassNames;
        _bodyText = bodyText;
    }

    /// <summary>The article blocks of <paramref name="body"/>; empty when the page holds no article text.</summary>
    public static List<TextBlock> Extract(IElement body)
    {
        var bodyText = CountDescendantText(body);
        var strict = new ContentExtractor(useClassNames: true, bodyText).Run(body);
        if (CharCount(strict) >= 250)
        {
            return strict;
        }

        // Some sites give the article itself a chrome-like class; try again trusting only tags and text.
        var relaxed = new ContentExtractor(useClassNames: false, bodyText).Run(body);
        return CharCount(relaxed) > CharCount(strict) * 2 ? relaxed : strict;
    }

    private static int CharCount(List<TextBlock> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            count += block.Text.Length;
        }

        return count;
    }

    private List<TextBlock> Run(IElement body)
    {
        Measure(body, 0);
        ScoreParagraphs();
        var top = PickTop(body);
        if (top is null)
        {
            return [];
        }

        var writer = new BlockWriter(this);
        var parent = top.ParentElement;
        if (parent is null || ReferenceEquals(top, body))
        {
            writer.Write(top);
            return writer.Blocks;
        }

        var topStats = _stats[top];
        var threshold = Math.Max(10, topStats.Score * 0.2);
        var topClass = top.GetAttribute("class");
        var siblings = parent.ChildNodes;
        for (var i = 0; i < siblings.Length; i++)
        {
            if (siblings[i] is not IElement sibling)
            {
                continue;
            }

            if (ReferenceEquals(sibling, top) || IncludeSibling(sibling, threshold, topStats.Score, topClass))
            {
                writer.Write(sibling);
            }
        }

        return writer.Blocks;
    }

    internal NodeStats? StatsOf(IElement element) => _stats.GetValueOrDefault(element);



    private bool IncludeSibling(IElement sibling, double threshold, double topScore, string? topClass)
    {
        if (!_stats.TryGetValue(sibling, out var stats) || stats.Dropped || stats.Text == 0)
        {
            return false;
        }

        var bonus = !string.IsNullOrEmpty(topClass) && string.Equals(sibling.GetAttribute("class"), topClass, StringComparison.Ordinal)
            ? topScore * 0.2
            : 0;
        if (stats.Scored && stats.Score * (1 - stats.LinkDensity) + bonus >= threshold)
        {
            return true;
        }

        if (!string.Equals(sibling.LocalName, "p", StringComparison.Ordinal))
        {
            return false;
        }

        var density = stats.LinkDensity;
        if (stats.Text > 80)
        {
            return density < 0.25;
        }

        if (density > 0)
        {
            return false;
        }

        var text = sibling.TextContent.TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '。';
    }

    /// <summary>Measures text and links below <paramref name="element"/>, marking chrome as dropped.</summary>
    private NodeStats Measure(IElement element, int depth)
    {
        var stats = new NodeStats();
        _stats[element] = stats;
        var isLink = string.Equals(element.LocalName, "a", StringComparison.Ordinal);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText text)
            {
                var count = CountText(text.Data, out var commas);
                stats.Text += count;
                stats.Inline += count;
                stats.Commas += commas;
                if (isLink)
                {
                    stats.Link += count;
                }
            }
            else if (node is IElement child)
            {
                if (IsChrome(child, out var names))
                {
                    _stats[child] = new NodeStats { Dropped = true };
                    continue;
                }

                var childStats = Measure(child, depth + 1);
                childStats.Names = names;
                stats.Text += childStats.Text;
                stats.Link += isLink ? childStats.Text : childStats.Link;
                stats.Commas += childStats.Commas;
                var tag = child.LocalName;
                stats.Cells += tag == "table" ? 0 : childStats.Cells + (tag is "td" or "th" ? 1 : 0);
                if (!HtmlTags.Block.Contains(tag))
                {
                    stats.Inline += childStats.Inline;
                }
            }
        }

        if (IsParagraphHolder(element, stats))
        {
            _candidates.Add(element);
        }

        return stats;
    }

    private static bool IsParagraphHolder(IElement element, NodeStats stats) => element.LocalName switch
    {
        "p" or "pre" or "td" or "blockquote" => stats.Text >= MinParagraphChars,
        "a" or "span" or "b" or "i" or "em" or "strong" or "font" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" or "dt" => false,
        _ => stats.Inline >= MinParagraphChars,
    };

    /// <summary>True for chrome; <paramref name="names"/> is the element's class and id words when they were read.</summary>
    private bool IsChrome(IElement element, out string? names)
    {
        names = null;
        var tag = element.LocalName;
        if (HtmlTags.Dropped.Contains(tag))
        {
            return true;
        }

        // Most elements carry no attribute at all: then none of the attribute tests below can hold.
        if (element.Attributes.Length > 0)
        {
            if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.Ordinal))
            {
                return true;
            }

            var style = element.GetAttribute("style");
            if (style is not null && IsHiddenStyle(style))
            {
                return true;
            }

            var role = element.GetAttribute("role");
            if (string.Equals(role, "navigation", StringComparison.Ordinal) || string.Equals(role, "complementary", StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (!_useClassNames || tag is "body" or "html" or "main" or "article" or "p" or "a" or "b" or "i" or "em" or "strong" or "u"
            or "sup" or "sub" or "abbr" or "cite" or "q" or "mark" or "code" or "font" or "time")
        {
            return (tag is "header" or "footer") && !HoldsMuchText(element);
        }

        if (tag is "header" or "footer")
        {
            return !HoldsMuchText(element);
        }

        names = ClassNames.Of(element);
        if (names.Length == 0)
        {
            return false;
        }

        if (tag == "span")
        {
            // Spans sit inside sentences (datelines, names); only screen-reader text and captions are left out.
            return ClassNames.IsScreenReaderOnly(names) || ClassNames.IsCaption(names);
        }

        var chrome = ClassNames.IsStrongNegative(names) || (ClassNames.IsWeakNegative(names) && !ClassNames.IsPositive(names));
        return chrome && !HoldsMuchText(element);
    }

    /// <summary>A chrome-looking wrapper that holds most of the page's text is the page, not chrome.</summary>
    private bool HoldsMuchText(IElement element) => _bodyText > 0 && CountDescendantText(element) * 2 > _bodyText;

    /// <summary>
    /// <c>CountText(root.TextContent)</c> without building the string: the count is a sum over the text nodes, and a
    /// body's text can run to megabytes. Children are visited by index: a node finds its next sibling by searching
    /// its parent's children, which is quadratic over a wide element.
    /// </summary>
    private static int CountDescendantText(INode root)
    {
        var count = 0;
        var children = root.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText text)
            {
                count += CountText(text.Data, out _);
            }
            else if (node.HasChildNodes)
            {
                count += CountDescendantText(node);
            }
        }

        return count;
    }

    private static bool IsHiddenStyle(string style)
    {
        // Tested on a copy without spaces, on the stack for the usual short style.
        Span<char> buffer = style.Length <= 512 ? stackalloc char[512] : new char[style.Length];
        var length = 0;
        foreach (var c in style)
        {
            if (c != ' ')
            {
                buffer[length++] = c;
            }
        }

        var squeezed = buffer[..length];
        return squeezed.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || squeezed.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private void ScoreParagraphs()
    {
        foreach (var paragraph in _candidates)
        {
            var stats = _stats[paragraph];
            var length = paragraph.LocalName is "p" or "pre" or "td" or "blockquote" ? stats.Text : stats.Inline;
            if (length < MinParagraphChars)
            {
                continue;
            }

            var score = 1.0 + stats.Commas + Math.Min(length / 100, 3);
            if (paragraph.LocalName is not ("p" or "pre" or "td" or "blockquote"))
            {
                // Text sitting directly in a div counts for the div itself.
                AddScore(paragraph, score);
            }

            var ancestor = paragraph.ParentElement;
            for (var level = 0; ancestor is not null && level < ScoreLevels; level++, ancestor = ancestor.ParentElement)
            {
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                AddScore(ancestor, score / divider);
            }
        }
    }

    private void AddScore(IElement element, double score)
    {
        if (!_stats.TryGetValue(element, out var stats))
        {
            return; // above the body
        }

        if (!stats.Scored)
        {
            stats.Scored = true;
            stats.Score = InitialScore(element, stats);
        }

        stats.Score += score;
    }

    private double InitialScore(IElement element, NodeStats stats)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (_useClassNames)
        {
            var names = stats.Names ?? ClassNames.Of(element);
            if (ClassNames.IsPositive(names))
            {
                score += 25;
            }

            if (ClassNames.IsStrongNegative(names) || ClassNames.IsWeakNegative(names))
            {
                score -= 25;
            }
        }

        return score;
    }

    private IElement? PickTop(IElement body)
    {
        IElement? top = null;
        var best = double.MinValue;
        var finals = new List<(IElement Element, double Score)>();
        foreach (var (element, stats) in _stats)
        {
            if (!stats.Scored || stats.Dropped)
            {
                continue;
            }

            var final = stats.Score * (1 - stats.LinkDensity);
            stats.Score = final;
            finals.Add((element, final));
            if (final > best)
            {
                best = final;
                top = element;
            }
        }

        if (top is null)
        {
            return null;
        }

        top = PreferCommonAncestor(top, best, finals, body);
        top = ClimbWhileScoreRises(top, body);
        while (top.ParentElement is { } parent && !ReferenceEquals(top, body) && parent.ChildElementCount == 1 && !ReferenceEquals(parent, body.ParentElement))
        {
            top = parent;
        }

        return top;
    }

    /// <summary>When several near-best containers share an ancestor, the article is that ancestor.</summary>
    private IElement PreferCommonAncestor(IElement top, double best, List<(IElement Element, double Score)> finals, IElement body)
    {
        var alternatives = new List<IElement>();
        foreach (var (element, score) in finals)
        {
            if (!ReferenceEquals(element, top) && score >= best * 0.75)
            {
                alternatives.Add(element);
            }
        }

        if (alternatives.Count < 3)
        {
            return top;
        }

        for (var parent = top.ParentElement; parent is not null && !ReferenceEquals(parent, body); parent = parent.ParentElement)
        {
            var contained = 0;
            foreach (var alternative in alternatives)
            {
                if (parent.Contains(alternative))
                {
                    contained++;
                }
            }

            // Ancestors the walk never measured (malformed tables re-parented by the HTML parser) cannot be scored.
            if (contained >= 3 && _stats.TryGetValue(parent, out var stats))
            {
                if (!stats.Scored)
                {
                    stats.Scored = true;
                    stats.Score = InitialScore(parent, stats);
                }

                return parent;
            }
        }

        return top;
    }

    private IElement ClimbWhileScoreRises(IElement top, IElement body)
    {
        var lastScore = _stats[top].Score;
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && !ReferenceEquals(parent, body); parent = parent.ParentElement)
        {
            if (!_stats.TryGetValue(parent, out var stats) || !stats.Scored)
            {
                continue;
            }

            if (stats.Score < threshold)
            {
                break;
            }

            if (stats.Score > lastScore)
            {
                return parent;
            }

            lastScore = stats.Score;
        }

        return top;
    }

    internal static int CountText(string text) => CountText(text, out _);

    private static int CountText(string text, out int commas)
    {
        var count = 0;
        commas = 0;
        foreach (var c in text)
        {
            // Printable ASCII first: most text is, and none of it is white space.
            if (c is > ' ' and < '\u007F')
            {
                count++;
                commas += c == ',' ? 1 : 0;
                continue;
            }

            if (c <= ' ' || c == '\u00A0' || char.IsWhiteSpace(c))
            {
                continue;
            }

            count++;
            if (c is '，' or '、' or '،')
            {
                commas++;
            }
        }

        return count;
    }
}
