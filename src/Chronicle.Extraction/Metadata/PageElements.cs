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

            if (element.Attributes.Length > 0 && string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.Ordinal))
            {
                DatePublished.Add(element);
            }

            if (element.HasChildNodes)
            {
                Walk(element.ChildNodes, inside);
            }
        }
    }
}
