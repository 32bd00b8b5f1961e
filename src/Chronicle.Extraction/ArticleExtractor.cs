using System.Text;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Extraction.Decoding;
using Chronicle.Extraction.Html;
using Chronicle.Extraction.Language;
using Chronicle.Extraction.Metadata;
using Chronicle.Extraction.PlainText;

namespace Chronicle.Extraction;

/// <summary>Turns raw bytes (a web page or a plain-text file) into a <see cref="Document"/> with clean text and metadata.</summary>
public sealed class ArticleExtractor
{
    private const string Stage = "extraction";

    /// <summary>Structured article bodies shorter than this are summaries, not the article.</summary>
    private const int MinStructuredBodyChars = 200;

    public ArticleExtractor(ExtractionOptions? options = null) => Options = options ?? ExtractionOptions.Default;

    public ExtractionOptions Options { get; }

    public Document FromHtml(ReadOnlySpan<byte> bytes, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Reject(bytes, source) is { } rejected)
        {
            return rejected;
        }

        var decoded = TextDecoder.DecodeHtmlPooled(Cap(bytes, out var capped));
        try
        {
            var page = HtmlArticleReader.Read(decoded.Buffer, decoded.Length, source.Url, out var flattened);
            return AddDecodingDiagnostics(FromPage(page, flattened, source), decoded.Encoding, decoded.Source, decoded.HadInvalidBytes, capped);
        }
        finally
        {
            PageBuffers.Pool.Return(decoded.Buffer);
        }
    }

    /// <summary>Extracts from already decoded HTML.</summary>
    public Document FromHtml(string html, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(source);
        var page = HtmlArticleReader.Read(html, source.Url, out var flattened);
        return FromPage(page, flattened, source);
    }

    private Document FromPage((PageMetadata Metadata, List<TextBlock> Blocks, StructuredArticle? Structured) page, bool flattened, DocumentSource source)
    {
        var (metadata, blocks, structured) = page;
        blocks = BlockCleaner.Clean(blocks, metadata);
        if (structured?.Body is { Length: >= MinStructuredBodyChars } body && Chars(blocks) * 2 < body.Length)
        {
            // The page's markup defeated extraction but its structured data carries the article.
            blocks = BlockCleaner.Clean(SplitParagraphs(System.Net.WebUtility.HtmlDecode(body)), metadata);
        }

        var (text, paragraphs) = ArticleText.Join(blocks, Options.MaxTextChars);
        var document = new Document(text, source with { Url = metadata.CanonicalUrl ?? source.Url })
        {
            Title = metadata.Title,
            Byline = [.. metadata.Byline],
            Published = metadata.Published,
            Site = metadata.Site,
            Language = metadata.Language ?? LanguageGuesser.Detect(text),
            Paragraphs = paragraphs,
        };
        if (paragraphs.Length < CountNonEmpty(blocks))
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.Truncated, Stage, DiagnosticCodes.Describe(DiagnosticCode.Truncated)));
        }

        if (flattened)
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.NestingTooDeep, Stage, DiagnosticCodes.Describe(DiagnosticCode.NestingTooDeep), DiagnosticSeverity.Info));
        }

        return text.Length == 0
            ? document.WithDiagnostic(new Diagnostic(DiagnosticCode.NoMainContent, Stage, DiagnosticCodes.Describe(DiagnosticCode.NoMainContent)))
            : document;
    }

    public Document FromText(ReadOnlySpan<byte> bytes, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Reject(bytes, source) is { } rejected)
        {
            return rejected;
        }

        var decoded = TextDecoder.Decode(Cap(bytes, out var capped));
        return AddDecodingDiagnostics(FromText(decoded.Text, source), decoded.Encoding, decoded.Source, decoded.HadInvalidBytes, capped);
    }

    public Document FromText(string text, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var raw = new List<string>();
        foreach (var paragraph in TextNormalizer.SplitParagraphs(text))
        {
            var clean = TextNormalizer.CollapseWhitespace(paragraph);
            if (clean.Length > 0)
            {
                raw.Add(clean);
            }
        }

        var title = HeadlineGuesser.Guess(raw);
        var body = TrailerCleaner.Clean(title is null ? raw : raw.GetRange(1, raw.Count - 1));
        var blocks = new List<TextBlock>(body.Count);
        foreach (var paragraph in body)
        {
            blocks.Add(new TextBlock(paragraph, false));
        }

        var (joined, paragraphs) = ArticleText.Join(blocks, Options.MaxTextChars);
        var document = new Document(joined, source)
        {
            Title = title,
            Language = LanguageGuesser.Detect(joined),
            Paragraphs = paragraphs,
        };
        if (joined.Length < Chars(blocks) + (2 * Math.Max(0, blocks.Count - 1)))
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.Truncated, Stage, DiagnosticCodes.Describe(DiagnosticCode.Truncated)));
        }

        return joined.Length == 0
            ? document.WithDiagnostic(new Diagnostic(DiagnosticCode.EmptyInput, Stage, DiagnosticCodes.Describe(DiagnosticCode.EmptyInput)))
            : document;
    }

    private static List<TextBlock> SplitParagraphs(string text)
    {
        var blocks = new List<TextBlock>();
        foreach (var line in text.Split('\n'))
        {
            var clean = TextNormalizer.CollapseWhitespace(line);
            if (clean.Length > 0)
            {
                blocks.Add(new TextBlock(clean, false));
            }
        }

        return blocks;
    }

    private static int CountNonEmpty(List<TextBlock> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            if (block.Text.AsSpan().Trim().Length > 0)
            {
                count++;
            }
        }

        return count;
    }

    private static int Chars(List<TextBlock> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            count += block.Text.Length;
        }

        return count;
    }

    private static Document? Reject(ReadOnlySpan<byte> bytes, DocumentSource source)
    {
        if (bytes.IsEmpty)
        {
            return new Document(string.Empty, source)
                .WithDiagnostic(new Diagnostic(DiagnosticCode.EmptyInput, Stage, DiagnosticCodes.Describe(DiagnosticCode.EmptyInput)));
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            return new Document(string.Empty, source)
                .WithDiagnostic(new Diagnostic(DiagnosticCode.BinaryInput, Stage, DiagnosticCodes.Describe(DiagnosticCode.BinaryInput), DiagnosticSeverity.Error));
        }

        return null;
    }

    private ReadOnlySpan<byte> Cap(ReadOnlySpan<byte> bytes, out bool capped)
    {
        capped = bytes.Length > Options.MaxInputBytes;
        return capped ? bytes[..Options.MaxInputBytes] : bytes;
    }

    private static Document AddDecodingDiagnostics(Document document, Encoding encoding, EncodingSource source, bool hadInvalidBytes, bool capped)
    {
        if (hadInvalidBytes)
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.InvalidEncoding, Stage, $"Invalid bytes for {encoding.WebName} were replaced."));
        }

        if (source == EncodingSource.Guessed)
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.EncodingGuessed, Stage, $"Guessed {encoding.WebName}.", DiagnosticSeverity.Info));
        }

        return capped
            ? document.WithDiagnostic(new Diagnostic(DiagnosticCode.InputTooLarge, Stage, DiagnosticCodes.Describe(DiagnosticCode.InputTooLarge)))
            : document;
    }
}
