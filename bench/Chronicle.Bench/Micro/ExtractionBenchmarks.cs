using BenchmarkDotNet.Attributes;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Bench.Peers;
using Chronicle.Extraction.Decoding;

namespace Chronicle.Bench.Micro;

/// <summary>Charset decoding and main-content extraction at 1×, 10× and 100× one article, with SmartReader as the peer.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly DocumentSource Source = new(null, "https://example.org/news/1");
    private byte[] _html = [];

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _html = SyntheticArticle.Html(Scale);

    [Benchmark]
    public int Decode() => TextDecoder.Decode(_html).Text.Length;

    [Benchmark(Baseline = true)]
    public int Extract() => ChronicleAnalyzer.Default.ExtractHtml(_html, Source).Text.Length;

    [Benchmark]
    public bool SmartReader() => SmartReaderPeer.Extract(_html, Source.Url!);
}
