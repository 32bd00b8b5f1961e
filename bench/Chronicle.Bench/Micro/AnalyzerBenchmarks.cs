using BenchmarkDotNet.Attributes;
using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Bench.Micro;

/// <summary>The whole analyzer, page in, analysed document out, at 1×, 10× and 100× one article.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly DocumentSource Source = new(null, "https://example.org/news/1");
    private byte[] _html = [];

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _html = SyntheticArticle.Html(Scale);

    [Benchmark]
    public Document AnalyzeHtml() => ChronicleAnalyzer.Default.AnalyzeHtml(_html, Source);
}
