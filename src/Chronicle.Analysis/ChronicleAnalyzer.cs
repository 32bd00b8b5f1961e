using System.Diagnostics;
using System.Net;
using Chronicle.Analysis.Guards;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Extraction;
using Chronicle.Extraction.Decoding;
using Chronicle.Pipeline;
using DiagnosticRecord = Chronicle.Diagnostics.Diagnostic;

namespace Chronicle.Analysis;

/// <summary>
/// The library entry point: HTML or text in, analysed <see cref="Document"/> out. Build one and share it across
/// threads; the CLI, the store and the web all go through it. Every call is bounded by the limits in
/// <see cref="AnalyzerOptions"/>: hostile input yields diagnostics, never a hang or a crash.
/// </summary>
public sealed class ChronicleAnalyzer
{
    private static readonly Lazy<ChronicleAnalyzer> Shared = new(() => new ChronicleAnalyzer(AnalyzerOptions.Default));

    public ChronicleAnalyzer(AnalyzerOptions options)
        : this(options, DefaultPipeline.CreateBuilder(options).Build())
    {
    }

    public ChronicleAnalyzer(AnalyzerOptions options, AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipeline);
        Options = options;
        Pipeline = pipeline;
        Extractor = new ArticleExtractor(options.Extraction);
    }

    /// <summary>An analyzer with default options, built on first use.</summary>
    public static ChronicleAnalyzer Default => Shared.Value;

    public AnalyzerOptions Options { get; }

    public AnalysisPipeline Pipeline { get; }

    public ArticleExtractor Extractor { get; }

    public Document AnalyzeHtml(string html, string? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return AnalyzeHtml(System.Text.Encoding.UTF8.GetBytes(html), new DocumentSource(null, url), cancellationToken);
    }

    public Document AnalyzeHtml(ReadOnlySpan<byte> bytes, DocumentSource source, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        Document extracted;
        try
        {
            extracted = ExtractHtml(bytes, source);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            extracted = ExtractionFailed(source, ex);
        }

        return Annotate(TextCap.Apply(extracted, Options.Extraction.MaxTextChars), started, cancellationToken);
    }

    public Document AnalyzeText(string text, DocumentSource? source = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        source ??= new DocumentSource(null);
        Document extracted;
        try
        {
            extracted = Extractor.FromText(text, source);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ArgumentNullException)
        {
            extracted = ExtractionFailed(source, ex);
        }

        return Annotate(TextCap.Apply(extracted, Options.Extraction.MaxTextChars), started, cancellationToken);
    }

    public Document AnalyzeText(ReadOnlySpan<byte> bytes, DocumentSource source, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        Document extracted;
        try
        {
            extracted = Extractor.FromText(bytes, source);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            extracted = ExtractionFailed(source, ex);
        }

        return Annotate(TextCap.Apply(extracted, Options.Extraction.MaxTextChars), started, cancellationToken);
    }

    public Document Analyze(ReadOnlySpan<byte> bytes, InputKind kind, DocumentSource source, CancellationToken cancellationToken = default) =>
        kind == InputKind.Html ? AnalyzeHtml(bytes, source, cancellationToken) : AnalyzeText(bytes, source, cancellationToken);

    /// <summary>
    /// Extraction with the pre-parse guard: a page nested deeper than <see cref="AnalyzerOptions.MaxNestingDepth"/> is
    /// read as tag-stripped text (with a <see cref="DiagnosticCode.NestingTooDeep"/> diagnostic) instead of as a tree.
    /// </summary>
    public Document ExtractHtml(ReadOnlySpan<byte> bytes, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var capped = bytes.Length > Options.Extraction.MaxInputBytes ? bytes[..Options.Extraction.MaxInputBytes] : bytes;
        if (TextDecoder.LooksBinary(capped) || !MarkupDepth.Exceeds(capped, Options.MaxNestingDepth))
        {
            return Extractor.FromHtml(bytes, source);
        }

        var decoded = TextDecoder.Decode(MarkupStripper.Strip(capped));
        var document = Extractor.FromText(WebUtility.HtmlDecode(decoded.Text), source).WithDiagnostic(new DiagnosticRecord(
            DiagnosticCode.NestingTooDeep,
            "extraction",
            $"Markup nests deeper than {Options.MaxNestingDepth} levels; the page was read as plain text."));
        if (decoded.HadInvalidBytes)
        {
            document = document.WithDiagnostic(new DiagnosticRecord(
                DiagnosticCode.InvalidEncoding, "extraction", $"Invalid bytes for {decoded.Encoding.WebName} were replaced."));
        }

        return capped.Length < bytes.Length
            ? document.WithDiagnostic(new DiagnosticRecord(DiagnosticCode.InputTooLarge, "extraction", DiagnosticCodes.Describe(DiagnosticCode.InputTooLarge)))
            : document;
    }

    /// <summary>Runs the annotation stages over an already extracted document (no-op for unusable inputs).</summary>
    public Document Annotate(Document document, CancellationToken cancellationToken = default) =>
        Annotate(document, Stopwatch.GetTimestamp(), cancellationToken);

    /// <summary>Web pages are read as HTML by extension (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>); everything else as text.</summary>
    public static InputKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase)
            ? InputKind.Html
            : InputKind.Text;
    }

    /// <summary>
    /// An extractor bug on one hostile page becomes that page's error record (a fatal diagnostic), so the batch goes on;
    /// the fuzz targets call the extractor directly, so such bugs are still found and fixed.
    /// </summary>
    private static Document ExtractionFailed(DocumentSource source, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Document(string.Empty, source).WithDiagnostic(new DiagnosticRecord(
            DiagnosticCode.UnreadableInput, "extraction", $"Extraction failed: {exception.GetType().Name}: {exception.Message}", DiagnosticSeverity.Error));
    }

    private Document Annotate(Document document, long started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.HasFatalDiagnostic)
        {
            return document;
        }

        var limit = Options.DocumentTimeLimit;
        if (limit == Timeout.InfiniteTimeSpan)
        {
            return BoundedRun.Run(Pipeline, document, cancellationToken, cancellationToken);
        }

        var remaining = limit - Stopwatch.GetElapsedTime(started);
        if (remaining <= TimeSpan.Zero)
        {
            return Pipeline.Stages.IsEmpty ? document : document.WithDiagnostic(BoundedRun.Skipped(Pipeline.Stages, 0, "before"));
        }

        // The deadline is linked with the caller's token so that stages need to watch only one.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(remaining);
        return BoundedRun.Run(Pipeline, document, deadline.Token, cancellationToken);
    }
}
