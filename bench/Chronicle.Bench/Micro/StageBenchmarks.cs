using BenchmarkDotNet.Attributes;
using Chronicle.Analysis;
using Chronicle.Pipeline;

namespace Chronicle.Bench.Micro;

/// <summary>
/// Every registered annotation stage on its own, at 1×, 10× and 100× one article. The stage list comes from the
/// default pipeline, so stages join the benchmark as layers register them.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IDocumentStage _stage = null!;
    private Document _input = null!;

    public static IEnumerable<string> StageNames => ChronicleAnalyzer.Default.Pipeline.Stages.Select(s => s.Name);

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = string.Empty;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = ChronicleAnalyzer.Default;
        var document = analyzer.Extractor.FromText(SyntheticArticle.Text(Scale), new Annotations.DocumentSource(null));
        foreach (var stage in analyzer.Pipeline.Stages)
        {
            if (stage.Name == Stage)
            {
                _stage = stage;
                break;
            }

            // The stage under test sees the layers of every stage before it, as in the real pipeline.
            document = stage.Process(document, CancellationToken.None);
        }

        _input = document;
    }

    [Benchmark]
    public Document Process() => _stage.Process(_input, CancellationToken.None);
}
