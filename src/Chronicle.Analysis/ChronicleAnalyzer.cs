using Chronicle.Annotations;
using Chronicle.Extraction;
using Chronicle.Pipeline;

namespace Chronicle.Analysis;

/// <summary>
/// The library entry point: HTML or text in, analysed <see cref="Document"/> out. Build one and share it across
/// threads; the CLI, the store and the web all go through it.
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

    public Document AnalyzeHtml(ReadOnlySpan<byte> bytes, DocumentSource source, CancellationToken cancellationToken = default) =>
        Annotate(Extractor.FromHtml(bytes, source), cancellationToken);

    public Document AnalyzeText(string text, DocumentSource? source = null, CancellationToken cancellationToken = default) =>
        Annotate(Extractor.FromText(text, source ?? new DocumentSource(null)), cancellationToken);

    public Document AnalyzeText(ReadOnlySpan<byte> bytes, DocumentSource source, CancellationToken cancellationToken = default) =>
        Annotate(Extractor.FromText(bytes, source), cancellationToken);

    public Document Analyze(ReadOnlySpan<byte> bytes, InputKind kind, DocumentSource source, CancellationToken cancellationToken = default) =>
        kind == InputKind.Html ? AnalyzeHtml(bytes, source, cancellationToken) : AnalyzeText(bytes, source, cancellationToken);

    /// <summary>Runs the annotation stages over an already extracted document (no-op for unusable inputs).</summary>
    public Document Annotate(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.HasFatalDiagnostic ? document : Pipeline.Run(document, cancellationToken);
    }

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
}
