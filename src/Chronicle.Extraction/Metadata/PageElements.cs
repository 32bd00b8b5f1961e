using AngleSharp.Dom;

namespace Chronicle.Extraction.Metadata;

/// <summary>
/// The elements metadata is read from, gathered in one walk over the tree: a query each (meta tags, links, the first
/// article and heading, dates) walked the whole page again every time.
/// </summary>
internal sealed class PageElements
{
    private IElement? _article;

    private PageElements()
    {
    }

    /// <summary><c>&lt;meta&gt;</c> elements in document order.</summary>
    public List<IElement> Metas { get; } = [];

    /// <summary>The first <c>&lt;link rel="canonical"&gt;</c>.</summary>
    public IElement? CanonicalLink { get; private set; }

    /// <summary>The first <c>&lt;h1&gt;</c> of the page.</summary>
    public IElement? FirstHeading { get; private set; }

    /// <summary>The first <c>&lt;h1&gt;</c> inside the first <c>&lt;article&gt;</c>.</summary>
    public IElement? FirstArticleHeading { get; private set; }

    /// <summary>Elements with <c>itemprop="datePublished"</c>, in document order.</summary>
    public List<IElement> DatePublished { get; } = [];

    /// <summary>
    /// Elements matching <c>[itemprop=author], [rel=author], .byline, .author, .author-name, .byline-name</c>, in
    /// document order (as a selector matches them: <c>rel</c> regardless of case, classes exactly).
    /// </summary>
    public List<IElement> Bylines { get; } = [];

    /// <summary>Elements with class <c>byline, date, dateline, published, post-date, entry-date, article-date</c> or <c>meta</c>.</summary>
    public List<IElement> DateBlocks { get; } = [];

    /// <summary>The first two <c>&lt;time&gt;</c> elements.</summary>
    public List<IElement> Times { get; } = [];

    /// <summary>How many <c>&lt;time&gt;</c> elements are kept: later ones date related stories.</summary>
    public const int MaxTimes = 2;

    public static PageElements Collect(IDocument document)
    {
        var page = new PageElements();
        page.Walk(document.ChildNodes, false);
        return page;
    }

    private static readonly string[] BylineClasses = ["byline", "author", "author-name", "byline-name"];

    private static readonly string[] DateClasses = ["byline", "date", "dateline", "published", "post-date", "entry-date", "article-date", "meta"];

    /// <summary>The characters HTML separates class names with.</summary>
    private static readonly System.Buffers.SearchValues<char> ClassSeparators = System.Buffers.SearchValues.Create(" \t\n\f\r");

    private void ReadAttributes(IElement element)
    {
        var itemprop = element.GetAttribute("itemprop");
        if (string.Equals(itemprop, "datePublished", StringComparison.Ordinal))
        {
            DatePublished.Add(element);
        }

        var className = element.GetAttribute("class");
        if (string.Equals(itemprop, "author", StringComparison.Ordinal)
            || string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
            || HasClass(className, BylineClasses))
        {
            Bylines.Add(element);
        }

        if (HasClass(className, DateClasses))
        {
            DateBlocks.Add(element);
        }
    }

    /// <summary>True when one of the class names in <paramref name="className"/> is one of <paramref name="wanted"/>.</summary>
    private static bool HasClass(string? className, string[] wanted)
    {
        var rest = className.AsSpan();
        while (SpanSearch.NextWord(ref rest, ClassSeparators, out var name))
        {
            foreach (var candidate in wanted)
            {
                if (name.SequenceEqual(candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Walk(INodeList nodes, bool inArticle)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not IElement element)
            {
                continue;
            }

            var inside = inArticle;
            switch (element.LocalName)
            {
                case "meta":
                    Metas.Add(element);
                    break;
                case "link":
                    if (CanonicalLink is null && string.Equals(element.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase))
                    {
                        CanonicalLink = element;
                    }

                    break;
                case "article":
                    if (_article is null)
                    {
                        _article = element;
                        inside = true;
                    }

                    break;
                case "h1":
                    FirstHeading ??= element;
                    if (inArticle)
                    {
                        FirstArticleHeading ??= element;
                    }

                    break;
                case "time":
                    if (Times.Count < MaxTimes)
                    {
                        Times.Add(element);
                    }

                    break;
            }

            if (element.Attributes.Length > 0)
            {
                ReadAttributes(element);
            }

            if (element.HasChildNodes)
            {
                Walk(element.ChildNodes, inside);
            }
        }
    }
}
