using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Chronicle.Extraction.Metadata;

/// <summary>
/// Reads title, byline, date, site, canonical URL and language from JSON-LD, OpenGraph and other meta tags,
/// microdata, <c>&lt;time&gt;</c> elements, byline blocks and the URL, in that order of trust.
/// </summary>
public static class PageMetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date",
        "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
        "citation_publication_date", "article.published", "original-publish-date", "publication_date", "dc.date.created", "release_date",
    ];

    private static readonly string[] ModifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"];

    private static readonly string[] AuthorKeys = ["author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl", "citation_author"];

    public static PageMetadata Read(IHtmlDocument document, StructuredArticle? structured, string? sourceUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = PageElements.Collect(document);
        var meta = MetaValues(page.Metas);
        var canonical = Canonical(page.CanonicalLink, meta, structured, sourceUrl);
        var site = SiteName(First(meta, "og:site_name", "application-name", "al:android:app_name", "twitter:app:name:iphone")
            ?? structured?.Publisher);
        var heading = HeadingText(page);
        var rawTitle = First(meta, "og:title", "twitter:title", "title") ?? structured?.Headline ?? document.Title;
        var title = TitleCleaner.Clean(rawTitle, site, heading) ?? TitleCleaner.Clean(heading, site);
        var byline = Byline(page, meta, structured, site);
        return new PageMetadata
        {
            Title = title,
            Heading = heading,
            Byline = byline,
            Published = Published(page, meta, structured, canonical ?? sourceUrl),
            Site = site ?? HostName(canonical ?? sourceUrl),
            CanonicalUrl = canonical,
            Language = Language(document, meta, structured),
        };
    }

    /// <summary>Meta tags by lower-case name, property or itemprop; the first value wins.</summary>
    private static Dictionary<string, string> MetaValues(List<IElement> metas)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var value = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                values.TryAdd(key.Trim().ToLowerInvariant(), value.Trim());
            }
        }

        return values;
    }

    private static string? First(Dictionary<string, string> meta, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? HeadingText(PageElements page)
    {
        // The first article's heading, else the page's.
        var h1 = page.FirstArticleHeading ?? page.FirstHeading;
        var text = h1?.TextContent.Trim();
        return string.IsNullOrEmpty(text) || text.Length > 300 ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Canonical(IElement? link, Dictionary<string, string> meta, StructuredArticle? structured, string? sourceUrl)
    {
        var href = link?.GetAttribute("href");
        href ??= First(meta, "og:url", "twitter:url") ?? structured?.Url;
        if (string.IsNullOrWhiteSpace(href))
        {
            return sourceUrl;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return sourceUrl is not null && Uri.TryCreate(sourceUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href, out var resolved)
            ? resolved.ToString()
            : sourceUrl;
    }

    private static List<string> Byline(PageElements page, Dictionary<string, string> meta, StructuredArticle? structured, string? site)
    {
        var raw = new List<string>();
        if (structured is { Authors.Count: > 0 })
        {
            raw.AddRange(structured.Authors);
        }
        else
        {
            foreach (var key in AuthorKeys)
            {
                if (meta.TryGetValue(key, out var value) && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    raw.Add(value);
                    break;
                }
            }
        }

        var names = BylineCleaner.Clean(raw, site);
        if (names.Count > 0)
        {
            return names;
        }

        raw.Clear();
        foreach (var element in page.Bylines)
        {
            var name = element.QuerySelector("[itemprop=name]")?.TextContent ?? element.TextContent;
            if (name.Length < 200)
            {
                raw.Add(BylineText(name));
            }

            if (raw.Count >= 3)
            {
                break;
            }
        }

        return BylineCleaner.Clean(raw, site);
    }

    /// <summary>A byline block reads "By Name | Staff writer | July 10, 2020": keep the part before the first bar.</summary>
    private static string BylineText(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var bar = flat.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? flat[..bar] : flat;
    }

    private static string? Published(PageElements page, Dictionary<string, string> meta, StructuredArticle? structured, string? url)
    {
        var candidates = new List<string>();
        Add(candidates, structured?.Published);
        foreach (var key in PublishedKeys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                Add(candidates, value);
            }
        }

        foreach (var element in page.DatePublished)
        {
            Add(candidates, element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent);
        }

        if (candidates.Count == 0)
        {
            // Later <time> elements often date related stories: only the first few, near the top, count.
            foreach (var element in page.Times)
            {
                Add(candidates, element.GetAttribute("datetime") ?? element.TextContent);
            }
        }

        var fromUrl = DateNormalizer.FromUrl(url);
        if (candidates.Count == 0)
        {
            Add(candidates, fromUrl);
        }

        if (candidates.Count == 0)
        {
            foreach (var element in page.DateBlocks)
            {
                if (element.TextContent.Length < 200)
                {
                    Add(candidates, DateNormalizer.FindInText(element.TextContent));
                }
            }
        }

        var modified = new List<string>();
        Add(modified, structured?.Modified);
        foreach (var key in ModifiedKeys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                Add(modified, value);
            }
        }

        Add(modified, fromUrl);
        return Earliest(candidates, modified);
    }

    /// <summary>The first trusted candidate, unless another date on the page is earlier: publication never follows them.</summary>
    private static string? Earliest(List<string> candidates, List<string> modified)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var chosen = candidates[0];
        var chosenDay = DateNormalizer.Parse(chosen);
        if (chosenDay is null)
        {
            return chosen;
        }

        foreach (var other in candidates)
        {
            if (DateNormalizer.Parse(other) is { } day && day.Date < chosenDay.Value.Date)
            {
                chosen = other;
                chosenDay = day;
            }
        }

        foreach (var other in modified)
        {
            if (DateNormalizer.Parse(other) is { } day && day.Date < chosenDay.Value.Date)
            {
                chosen = other;
                chosenDay = day;
            }
        }

        return chosen;
    }

    private static void Add(List<string> list, string? raw)
    {
        var value = DateNormalizer.Normalize(raw);
        if (value is not null && DateNormalizer.Parse(value) is { } parsed && parsed <= DateTimeOffset.UtcNow.AddDays(2) && parsed.Year >= 1990)
        {
            list.Add(value);
        }
    }

    private static string? Language(IHtmlDocument document, Dictionary<string, string> meta, StructuredArticle? structured)
    {
        var declared = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? First(meta, "content-language", "og:locale", "language", "dc.language") ?? structured?.Language;
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var code = declared.Trim();
        var cut = code.IndexOfAny(['-', '_', ',', ' ']);
        code = (cut > 0 ? code[..cut] : code).ToLowerInvariant();
        return code.Length is 2 && char.IsAsciiLetterLower(code[0]) && char.IsAsciiLetterLower(code[1]) ? code : null;
    }

    /// <summary>"LinkNaija | Nigeria's popular news platform" is LinkNaija; an address is its host.</summary>
    private static string? SiteName(string? site)
    {
        if (string.IsNullOrWhiteSpace(site))
        {
            return null;
        }

        var name = site.Trim();
        if (name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return HostName(name) ?? name;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " : "])
        {
            var at = name.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                name = name[..at];
            }
        }

        return name.Trim();
    }

    private static string? HostName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
