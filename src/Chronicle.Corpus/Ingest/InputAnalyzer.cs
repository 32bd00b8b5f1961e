using Chronicle.Analysis;
using Chronicle.Corpus.Dedup;
using Chronicle.Corpus.Sources;
using Chronicle.Diagnostics;
using Chronicle.Json;
using Chronicle.Storage;
using System.Text;

namespace Chronicle.Corpus.Ingest;

/// <summary>Turns one <see cref="RawInput"/> into what the store keeps; never throws for a bad input.</summary>
public sealed class InputAnalyzer(ChronicleAnalyzer analyzer)
{
    public ChronicleAnalyzer Analyzer { get; } = analyzer ?? throw new ArgumentNullException(nameof(analyzer));

    public IngestOutcome Analyze(RawInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Error is not null)
        {
            return Failed(input, "read", input.Error);
        }

        Document document;
        try
        {
            document = Extract(input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Failed(input, "extraction", ex.Message);
        }

        var fatal = document.Diagnostics.FirstOrDefault(d => DiagnosticCodes.IsFatal(d.Code));
        if (fatal is not null)
        {
            return Failed(input, fatal.Stage, fatal.Message);
        }

        if (document.Text.Length == 0)
        {
            return Failed(input, "extraction", DiagnosticCodes.Describe(DiagnosticCode.NoMainContent));
        }

        try
        {
            if (document.Published is null && input.Date is not null)
            {
                document = document with { Published = input.Date };
            }

            // A page that does not name its site is filed under its host, so reposts elsewhere can be told apart.
            if (string.IsNullOrWhiteSpace(document.Site) && SiteOf(document) is { } host)
            {
                document = document with { Site = host };
            }

            document = Analyzer.Annotate(document, cancellationToken);
            var json = DocumentJsonWriter.ToJson(document);
            return new IngestOutcome(new DocumentRecord(document, input.SourceKey, ContentHash.Of(document.Text, SiteOf(document)), json, SimHash.Of(document.Text)), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return Failed(input, "analysis", ex.Message);
        }
    }

    private Document Extract(RawInput input, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        if (input.Content is { } content)
        {
            return input.Kind == InputKind.Html
                ? Analyzer.ExtractHtml(Utf8WithBom(content), input.Source)
                : Analyzer.Extractor.FromText(content, input.Source);
        }

        var bytes = input.Bytes ?? [];
        if (input.Kind == InputKind.Html && input.Charset is { } charset && Resolve(charset) is { } encoding
            && encoding.CodePage != Encoding.UTF8.CodePage && bytes.Length <= Analyzer.Extractor.Options.MaxInputBytes)
        {
            // The transport's charset outranks the page's own declaration: decode with it and hand over UTF-8 with a BOM.
            return Analyzer.ExtractHtml(Utf8WithBom(encoding.GetString(bytes)), input.Source);
        }

        return input.Kind == InputKind.Html
            ? Analyzer.ExtractHtml(bytes, input.Source)
            : Analyzer.Extractor.FromText(bytes, input.Source);
    }

    /// <summary>The publishing site: the page's own name for it, else the host of its URL.</summary>
    public static string? SiteOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!string.IsNullOrWhiteSpace(document.Site))
        {
            return document.Site;
        }

        return Uri.TryCreate(document.Source.Url, UriKind.Absolute, out var url) ? url.Host : null;
    }

    /// <summary>Decoded text as UTF-8 behind a byte-order mark, which outranks any charset the markup declares.</summary>
    private static byte[] Utf8WithBom(string text)
    {
        var preamble = Encoding.UTF8.Preamble;
        var bytes = new byte[preamble.Length + Encoding.UTF8.GetByteCount(text)];
        preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    private static Encoding? Resolve(string label)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IngestOutcome Failed(RawInput input, string stage, string message) =>
        new(null, new IngestError(input.SourceKey, stage, message));
}
