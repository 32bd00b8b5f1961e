using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Chronicle.Extraction.Metadata;

namespace Chronicle.Extraction.Html;

/// <summary>Parses a page once and returns its article blocks and metadata.</summary>
public static class HtmlArticleReader
{
    /// <summary>Deeper markup is flattened by the parser; recursion over the tree stays far from the stack limit.</summary>
    public const int MaxDepth = 400;

    /// <summary>Attributes we never read are not kept: huge inline data attributes cost memory and time.</summary>
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "style", "hidden", "aria-hidden", "role", "href", "rel", "content", "name", "property",
        "itemprop", "itemtype", "http-equiv", "charset", "lang", "xml:lang", "datetime", "pubdate", "type",
    };

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
        MaximumDepth = MaxDepth,
        ShouldEmitAttribute = static (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> name) => name.Length < 32 && KeptAttributes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.Span),
    };

    public static (PageMetadata Metadata, List<TextBlock> Blocks, StructuredArticle? Structured) Read(string html, string? url) =>
        Read(html, url, out _);

    /// <summary>As <see cref="Read(string, string?)"/>; <paramref name="flattened"/> says whether over-deep markup was flattened.</summary>
    public static (PageMetadata Metadata, List<TextBlock> Blocks, StructuredArticle? Structured) Read(string html, string? url, out bool flattened)
    {
        ArgumentNullException.ThrowIfNull(html);
        var structured = JsonLdReader.Read(html);
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(HtmlPrefilter.Strip(html, out flattened));
        var metadata = PageMetadataReader.Read(document, structured, url);
        var blocks = document.Body is { } body ? ContentExtractor.Extract(body) : [];
        return (metadata, blocks, structured);
    }

    internal static IHtmlDocument Parse(string html) => new HtmlParser(ParserOptions).ParseDocument(html);
}
