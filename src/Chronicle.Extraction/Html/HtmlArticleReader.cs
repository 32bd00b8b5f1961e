using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Chronicle.Extraction.Decoding;
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptAttributeLookup = KeptAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One parser per thread: a parser is cheap to reuse but costs a browsing context to build.</summary>
    [ThreadStatic]
    private static HtmlParser? t_parser;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
        MaximumDepth = MaxDepth,
        ShouldEmitAttribute = static (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> name) => name.Length < 32 && KeptAttributeLookup.Contains(name.Span),
    };

    private static HtmlParser Parser => t_parser ??= new HtmlParser(ParserOptions);

    public static (PageMetadata Metadata, List<TextBlock> Blocks, StructuredArticle? Structured) Read(string html, string? url) =>
        Read(html, url, out _);

    /// <summary>As <see cref="Read(string, string?)"/>; <paramref name="flattened"/> says whether over-deep markup was flattened.</summary>
    public static (PageMetadata Metadata, List<TextBlock> Blocks, StructuredArticle? Structured) Read(string html, string? url, out bool flattened)
    {
        ArgumentNullException.ThrowIfNull(html);
        var buffer = PageBuffers.Pool.Rent(html.Length);
        try
        {
            html.CopyTo(buffer);
            return Read(buffer, html.Length, url, out flattened);
        }
        finally
        {
            PageBuffers.Pool.Return(buffer);
        }
    }

    /// <summary>
    /// As <see cref="Read(string, string?, out bool)"/> over the first <paramref name="length"/> characters of
    /// <paramref name="buffer"/>, which are filtered in place. The parsed tree holds its own strings, so the buffer is
    /// the caller's again once this returns.
    /// </summary>
    internal static (PageMetadata Metadata, List<TextBlock> Blocks, StructuredArticle? Structured) Read(char[] buffer, int length, string? url, out bool flattened)
    {
        var structured = JsonLdReader.Read(buffer.AsSpan(0, length));
        var kept = HtmlPrefilter.Strip(buffer.AsSpan(0, length), out flattened);
        using var document = Parser.ParseDocument(new ReadOnlyMemory<char>(buffer, 0, kept));
        var metadata = PageMetadataReader.Read(document, structured, url);
        var blocks = document.Body is { } body ? ContentExtractor.Extract(body) : [];
        return (metadata, blocks, structured);
    }

    internal static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
