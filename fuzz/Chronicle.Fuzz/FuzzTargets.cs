using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Corpus.Sources;
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
        new("warc", "the WARC / WARC.gz record reader (headers, lengths, gzip members, HTTP payloads)", Warc),
    ];

    // Small limits so that a mutated length costs little; the reader must still honour them.
    private static SourceLimits WarcLimits => SourceLimits.Default with { MaxDocumentBytes = 1 << 20, MaxWarcRecordBytes = 1 << 20, MaxSkipBytes = 4 << 20 };

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

    /// <summary>
    /// Reads every record of the input as a WARC (gzip detected by its magic bytes). No exception may escape; each
    /// input is an article or an error record, within the size limits, with a source key in the file; the reader must
    /// end (at most one input per byte read, plus one).
    /// </summary>
    private static void Warc(ReadOnlySpan<byte> input)
    {
        var limits = WarcLimits;
        var count = 0;
        foreach (var record in WarcReader.Read(new MemoryStream(input.ToArray(), writable: false), "fuzz.warc", limits))
        {
            if (++count > input.Length + 1)
            {
                throw new InvariantViolationException($"The WARC reader yielded {count} inputs from {input.Length} bytes: it does not progress.");
            }

            if (string.IsNullOrEmpty(record.SourceKey) || !record.SourceKey.StartsWith("fuzz.warc", StringComparison.Ordinal))
            {
                throw new InvariantViolationException($"Record {count} has source key '{record.SourceKey}'.");
            }

            if (record.Error is null == record.Bytes is null)
            {
                throw new InvariantViolationException($"Record {count} ({record.SourceKey}) must hold either bytes or an error.");
            }

            if (record.Bytes is { } bytes && bytes.Length > Math.Max(limits.MaxWarcRecordBytes, limits.MaxDocumentBytes))
            {
                throw new InvariantViolationException($"Record {count} holds {bytes.Length} bytes, beyond the limits.");
            }
        }
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
