using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Extraction.Decoding;
using Chronicle.Language.Tokenization;

namespace Chronicle.Fuzz;

/// <summary>
/// The fuzz targets. Each calls the code under test directly, without the pipeline's exception isolation, so that any
/// exception reaches the fuzzer; each then checks <see cref="DocumentInvariants"/> on the result.
/// </summary>
public static class FuzzTargets
{
    // Built per call, not in the static initialiser: under AFL no instrumented code (Chronicle.*) may run before
    // SharpFuzz has attached the coverage map, and looking a target up must not touch it.
    private static DocumentSource Source => new("fuzz", "https://example.org/fuzz");

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("charset", "binary sniffing and charset decoding of raw bytes", Charset),
        new("html", "HTML main-content extraction, with and without the nesting guard", Html),
        new("text", "plain-text extraction and paragraph normalisation", Text),
        new("tokens", "the tokeniser over decoded text", Tokens),
        new("quotes", "every stage up to and including the quote parser", input => Stages(input, "quotes")),
        new("pipeline", "every registered stage over text, end to end", input => Stages(input, null)),
    ];

    public static FuzzTarget? Find(string name)
    {
        foreach (var target in All)
        {
            if (string.Equals(target.Name, name, StringComparison.Ordinal))
            {
                return target;
            }
        }

        return null;
    }

    private static void Charset(ReadOnlySpan<byte> input)
    {
        _ = TextDecoder.LooksBinary(input);
        var decoded = TextDecoder.Decode(input);
        if (decoded.Text is null || decoded.Encoding is null)
        {
            throw new InvariantViolationException("Decoding returned no text or no encoding.");
        }
    }

    private static void Html(ReadOnlySpan<byte> input)
    {
        var analyzer = ChronicleAnalyzer.Default;
        DocumentInvariants.Check(analyzer.Extractor.FromHtml(input, Source));
        DocumentInvariants.Check(analyzer.ExtractHtml(input, Source));
    }

    private static void Text(ReadOnlySpan<byte> input) =>
        DocumentInvariants.Check(ChronicleAnalyzer.Default.Extractor.FromText(input, Source));

    private static void Tokens(ReadOnlySpan<byte> input)
    {
        var text = TextDecoder.Decode(input).Text;
        DocumentInvariants.Check(new Document(text, Source) { Tokens = Tokenizer.Tokenize(text) });
    }

    /// <summary>Runs the registered stages in order up to <paramref name="last"/> (all when null), letting exceptions escape.</summary>
    private static void Stages(ReadOnlySpan<byte> input, string? last)
    {
        var analyzer = ChronicleAnalyzer.Default;
        var document = analyzer.Extractor.FromText(input, Source);
        if (document.HasFatalDiagnostic)
        {
            return;
        }

        foreach (var stage in analyzer.Pipeline.Stages)
        {
            document = stage.Process(document, CancellationToken.None);
            DocumentInvariants.Check(document);
            if (stage.Name == last)
            {
                break;
            }
        }
    }
}
