namespace Chronicle.Extraction.Html;

/// <summary>
/// Reads an element's <c>class</c> and <c>id</c> as a bag of lower-case words and judges whether they name page
/// chrome (comments, share bars, related lists, newsletter and cookie boxes) or article content.
/// Matching is by word parts, never by site: the same vocabulary recurs across publishing systems.
/// </summary>
internal static class ClassNames
{
    /// <summary>Parts that mark chrome wherever they appear inside a longer name (relatedArticles, sharebar).</summary>
    private static readonly string[] StrongParts =
    [
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "signup",
        "sign-up", "cookie", "consent", "gdpr", "outbrain", "taboola", "advert", "sponsor", "promo", "breadcrumb",
        "sidebar", "pagination", "popular", "trending", "most-read", "mostread", "navbar", "masthead", "paywall",
        "nocontent", "no-content", "newsfeed", "modal", "popup", "toolbar", "follow-us", "followus", "authorbio",
        "author-bio", "author-info", "byline", "dateline", "timestamp", "read-more", "readmore", "more-stories",
        "morestories", "further-reading", "skip-link", "skiplink", "screen-reader", "sr-only", "visually-hidden",
        "visuallyhidden", "caption", "credit", "tagcloud", "tag-list", "taglist", "post-tags", "article-tags",
        "-meta", "meta-", "_meta", "inline-ad", "ad-container", "ad-wrapper", "adslot", "ad-slot", "dfp", "teaser", "rail",
    ];

    /// <summary>Whole words that mark chrome only as a word of their own ("ad" but not "head").</summary>
    private static readonly HashSet<string> WeakWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "nav", "menu", "footer", "header", "meta", "tags", "tag", "author", "hidden", "hide", "print",
        "banner", "skip", "extra", "aside", "date", "time", "share", "links", "foot", "topbar", "bottom", "masthead",
        "contributor", "published", "updated", "toc", "subscribe", "newsletter", "card", "cards", "carousel", "widget",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakWordLookup = WeakWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" -_:./\t\n");

    /// <summary>Parts that mark the article itself.</summary>
    private static readonly string[] PositiveParts =
    [
        "article", "content", "entry", "post", "story", "body", "main", "text", "blog", "hentry", "prose",
    ];

    public static string Of(AngleSharp.Dom.IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(className))
        {
            return string.IsNullOrEmpty(id) ? string.Empty : id.ToLowerInvariant();
        }

        return string.IsNullOrEmpty(id) ? className.ToLowerInvariant() : (className + " " + id).ToLowerInvariant();
    }

    /// <summary>True when a name part says "comments", "share", "related" and the like.</summary>
    public static bool IsStrongNegative(string names)
    {
        if (names.Length == 0)
        {
            return false;
        }

        foreach (var part in StrongParts)
        {
            if (names.Contains(part, StringComparison.Ordinal) && !IsFalseFriend(names, part))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text hidden from view and read only by screen readers ("Opens in a new window").</summary>
    public static bool IsScreenReaderOnly(string names) =>
        names.Contains("sr-only", StringComparison.Ordinal) || names.Contains("screen-reader", StringComparison.Ordinal)
        || names.Contains("visually-hidden", StringComparison.Ordinal) || names.Contains("visuallyhidden", StringComparison.Ordinal)
        || names.Contains("a11y", StringComparison.Ordinal);

    /// <summary>Image captions and credits, wherever they sit.</summary>
    public static bool IsCaption(string names) =>
        (names.Contains("caption", StringComparison.Ordinal) || names.Contains("credit", StringComparison.Ordinal)) && !IsFalseFriend(names, "credit");

    public static bool IsWeakNegative(string names)
    {
        if (names.Length == 0)
        {
            return false;
        }

        var rest = names.AsSpan();
        while (SpanSearch.NextWord(ref rest, Separators, out var word))
        {
            if (WeakWordLookup.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsPositive(string names)
    {
        if (names.Length == 0)
        {
            return false;
        }

        foreach (var part in PositiveParts)
        {
            if (names.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that contain a chrome part but name content ("commentary" columns, "trail" text).</summary>
    private static bool IsFalseFriend(string names, string part) => part switch
    {
        "comment" => names.Contains("commentary", StringComparison.Ordinal) || names.Contains("commentisfree", StringComparison.Ordinal),
        "rail" => !ContainsWord(names, "rail") && !names.Contains("right-rail", StringComparison.Ordinal) && !names.Contains("left-rail", StringComparison.Ordinal),
        "credit" => names.Contains("incredib", StringComparison.Ordinal),
        "widget" => names.Contains("text-widget", StringComparison.Ordinal),
        "teaser" => false,
        _ => false,
    };

    private static bool ContainsWord(string names, string word)
    {
        var rest = names.AsSpan();
        while (SpanSearch.NextWord(ref rest, Separators, out var w))
        {
            if (w.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
