using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Extraction.Decoding;
using Chronicle.Extraction.Html;
using Chronicle.Extraction.PlainText;

namespace Chronicle.Extraction;

/// <summary>Turns raw bytes (a web page or a plain-text file) into a <see cref="Document"/> with clean text and metadata.</summary>
public sealed class ArticleExtractor
{
    private const string Stage = "extraction";

    public ArticleExtractor(ExtractionOptions? options = null) => Options = options ?? ExtractionOptions.Default;

    public ExtractionOptions Options { get; }

    public Document FromHtml(ReadOnlySpan<byte> bytes, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Reject(bytes, source) is { } rejected)
        {
            return rejected;
        }

        var decoded = TextDecoder.Decode(Cap(bytes, out var capped));
        var (title, text) = SimpleHtmlExtractor.Extract(decoded.Text);
        var document = new Document(text, source) { Title = title };
        document = AddDecodingDiagnostics(document, decoded, capped);
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
        return AddDecodingDiagnostics(FromText(decoded.Text, source), decoded, capped);
    }

    public Document FromText(string text, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = TextNormalizer.JoinParagraphs(TextNormalizer.SplitParagraphs(text));
        var truncated = clean.Length > Options.MaxTextChars;
        var document = new Document(truncated ? clean[..Options.MaxTextChars] : clean, source);
        if (truncated)
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.Truncated, Stage, DiagnosticCodes.Describe(DiagnosticCode.Truncated)));
        }

        return clean.Length == 0
            ? document.WithDiagnostic(new Diagnostic(DiagnosticCode.EmptyInput, Stage, DiagnosticCodes.Describe(DiagnosticCode.EmptyInput)))
            : document;
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

    private static Document AddDecodingDiagnostics(Document document, DecodedText decoded, bool capped)
    {
        if (decoded.HadInvalidBytes)
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.InvalidEncoding, Stage, $"Invalid bytes for {decoded.Encoding.WebName} were replaced."));
        }

        if (decoded.Source == EncodingSource.Guessed)
        {
            document = document.WithDiagnostic(new Diagnostic(DiagnosticCode.EncodingGuessed, Stage, $"Guessed {decoded.Encoding.WebName}.", DiagnosticSeverity.Info));
        }

        return capped
            ? document.WithDiagnostic(new Diagnostic(DiagnosticCode.InputTooLarge, Stage, DiagnosticCodes.Describe(DiagnosticCode.InputTooLarge)))
            : document;
    }
}
