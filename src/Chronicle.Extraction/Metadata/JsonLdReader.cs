using System.Text.Json;

namespace Chronicle.Extraction.Metadata;

/// <summary>
/// Reads <c>application/ld+json</c> blocks straight from the page source (the HTML parser skips script text for
/// speed) and keeps the first NewsArticle/Article-like object, following <c>@graph</c> and arrays.
/// Malformed JSON is common and simply ignored.
/// </summary>
public static class JsonLdReader
{
    /// <summary>Blocks larger than this are data dumps, not article metadata.</summary>
    private const int MaxBlockChars = 2 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static StructuredArticle? Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Read(html.AsSpan());
    }

    public static StructuredArticle? Read(ReadOnlySpan<char> html)
    {
        var position = 0;
        StructuredArticle? found = null;
        while (true)
        {
            var marker = SpanSearch.IndexOf(html, "application/ld+json", position, StringComparison.OrdinalIgnoreCase);
            if (marker < 0)
            {
                return found;
            }

            var open = SpanSearch.IndexOf(html, '>', marker);
            if (open < 0)
            {
                return found;
            }

            var close = SpanSearch.IndexOf(html, "</script", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return found;
            }

            position = close;
            var json = html.Slice(open + 1, close - open - 1).Trim();
            if (json.Length is 0 or > MaxBlockChars)
            {
                continue;
            }

            var article = Parse(json.ToString());
            if (article is not null && (found is null || (found.Body is null && article.Body is not null)))
            {
                found = article;
            }
        }
    }

    private static StructuredArticle? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.Replace("<!--", string.Empty, StringComparison.Ordinal).Replace("-->", string.Empty, StringComparison.Ordinal), Options);
            return Find(document.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static StructuredArticle? Find(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            StructuredArticle? best = null;
            foreach (var item in element.EnumerateArray())
            {
                var found = Find(item, depth + 1);
                if (found is not null && (best is null || (best.Body is null && found.Body is not null)))
                {
                    best = found;
                }
            }

            return best;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticle(element))
        {
            return ToArticle(element);
        }

        foreach (var name in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage"])
        {
            if (element.TryGetProperty(name, out var inner) && Find(inner, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleType(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && IsArticleType(item.GetString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "LiveBlogPosting" or "Report" or "Review");

    private static StructuredArticle ToArticle(JsonElement element) => new()
    {
        Headline = String(element, "headline") ?? String(element, "name"),
        Body = String(element, "articleBody") ?? String(element, "text"),
        Published = String(element, "datePublished") ?? String(element, "dateCreated"),
        Modified = String(element, "dateModified"),
        Authors = Names(element, "author"),
        Publisher = Names(element, "publisher") is [var publisher, ..] ? publisher : null,
        Url = String(element, "url"),
        Language = String(element, "inLanguage"),
    };

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>Names of people (or organisations) given as a string, an object with <c>name</c>, or an array of either.</summary>
    private static List<string> Names(JsonElement element, string property)
    {
        var names = new List<string>();
        if (element.TryGetProperty(property, out var value))
        {
            AddNames(value, names, property == "author");
        }

        return names;
    }

    private static void AddNames(JsonElement value, List<string> names, bool peopleOnly)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (value.GetString() is { Length: > 0 } name)
                {
                    names.Add(name.Trim());
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    AddNames(item, names, peopleOnly);
                }

                break;
            case JsonValueKind.Object:
                var isOrganisation = value.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String
                    && type.GetString() is "Organization" or "NewsMediaOrganization" or "Corporation";
                if ((!peopleOnly || !isOrganisation) && String(value, "name") is { } objectName)
                {
                    names.Add(objectName);
                }

                break;
        }
    }
}
