using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Corpus.Sources;

/// <summary>
/// Reads RSS 2.0 (and RSS 1.0/RDF) items and Atom entries, one at a time: the item's full content (or its
/// description) is the article, its link the URL, its date the publication date. DTDs are never resolved.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the file starts like a feed (an <c>rss</c>, <c>feed</c> or <c>rdf:RDF</c> root).</summary>
    public static bool LooksLikeFeed(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[4096];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var head = Encoding.UTF8.GetString(buffer, 0, read);
            return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static IEnumerable<RawInput> Read(string path, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(consumed);
        return SourceFile.Read(path, (stream, full) => ReadItems(stream, full, path, limits, consumed, cancellationToken));
    }

    private static IEnumerable<RawInput> ReadItems(FileStream stream, string full, string path, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken)
    {
        using (stream)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                IgnoreComments = true,
                MaxCharactersFromEntities = 1024 * 1024,
                MaxCharactersInDocument = 0,
            };
            using var reader = XmlReader.Create(stream, settings);
            var ordinal = 0;
            long reported = 0;
            while (true)
            {
                XElement? item;
                string? error = null;
                try
                {
                    item = NextItem(reader);
                }
                catch (XmlException ex)
                {
                    item = null;
                    error = $"malformed feed: {ex.Message}";
                }

                consumed.Add(stream.Position - reported);
                reported = stream.Position;
                if (error is not null)
                {
                    yield return RawInput.Failed(full + "#" + (ordinal + 1).ToString(CultureInfo.InvariantCulture), error);
                    break;
                }

                if (item is null)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                ordinal++;
                yield return ToInput(item, full, path, ordinal, limits);
            }

            consumed.Add(stream.Length - reported);
        }
    }

    private static XElement? NextItem(XmlReader reader)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && (reader.LocalName == "item" || (reader.LocalName == "entry" && reader.NamespaceURI == Atom.NamespaceName)))
            {
                return (XElement)XNode.ReadFrom(reader);
            }

            reader.Read();
        }

        return null;
    }

    private static RawInput ToInput(XElement item, string full, string path, int ordinal, SourceLimits limits)
    {
        var atom = item.Name.Namespace == Atom;
        var title = Text(item, atom ? Atom + "title" : "title") ?? Text(item, item.Name.Namespace + "title");
        var link = atom ? AtomLink(item) : Text(item, "link") ?? Text(item, item.Name.Namespace + "link") ?? Permalink(item);
        var date = atom
            ? Text(item, Atom + "published") ?? Text(item, Atom + "updated")
            : Text(item, "pubDate") ?? Text(item, DublinCore + "date");
        string? body;
        var bodyIsHtml = true;
        if (atom)
        {
            var content = item.Element(Atom + "content") ?? item.Element(Atom + "summary");
            body = content?.Value;
            var type = (string?)content?.Attribute("type");
            if (type is "xhtml" && content is not null)
            {
                body = string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            }
            else if (type is null or "text")
            {
                bodyIsHtml = false;
            }
        }
        else
        {
            body = Text(item, Content + "encoded") ?? Text(item, "description") ?? Text(item, item.Name.Namespace + "description");
        }

        var key = full + "#" + (link ?? ordinal.ToString(CultureInfo.InvariantCulture));
        if (string.IsNullOrWhiteSpace(body))
        {
            return RawInput.Failed(key, $"feed item {ordinal} has no content or description");
        }

        if (body.Length > limits.MaxDocumentBytes)
        {
            body = body[..limits.MaxDocumentBytes];
        }

        return new RawInput(key, InputKind.Html, new DocumentSource(path, link))
        {
            Content = Page(title, link, body, bodyIsHtml),
            Date = NormaliseDate(date),
        };
    }

    /// <summary>Wraps an item's content as a page so the extractor sees its title and canonical URL.</summary>
    private static string Page(string? title, string? link, string body, bool bodyIsHtml)
    {
        var page = new StringBuilder(body.Length + 256);
        page.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        if (title is not null)
        {
            page.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        }

        if (link is not null)
        {
            page.Append("<link rel=\"canonical\" href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">");
        }

        page.Append("</head><body><article>");
        if (bodyIsHtml)
        {
            page.Append(body);
        }
        else
        {
            foreach (var paragraph in body.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                page.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
            }
        }

        return page.Append("</article></body></html>").ToString();
    }

    /// <summary>RFC 822 (RSS) or ISO 8601 (Atom) dates as ISO 8601; unparseable dates are dropped.</summary>
    public static string? NormaliseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        // RFC 822 zone names (EST, PDT…) are not understood by the parser: drop the zone and read the rest as UTC.
        var space = trimmed.LastIndexOf(' ');
        if (space > 0 && trimmed[(space + 1)..].All(char.IsAsciiLetter)
            && DateTimeOffset.TryParse(trimmed[..space], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
        {
            return parsed.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static string? AtomLink(XElement entry)
    {
        string? fallback = null;
        foreach (var link in entry.Elements(Atom + "link"))
        {
            var rel = (string?)link.Attribute("rel");
            var href = (string?)link.Attribute("href");
            if (rel is null or "alternate")
            {
                return href;
            }

            fallback ??= href;
        }

        return fallback;
    }

    private static string? Permalink(XElement item)
    {
        var guid = item.Element("guid");
        return guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out _)
            ? guid.Value.Trim()
            : null;
    }

    private static string? Text(XElement parent, XName name)
    {
        var value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
