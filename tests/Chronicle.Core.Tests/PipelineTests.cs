using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Pipeline;

namespace Chronicle.Core.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void Builder_orders_stages_by_type()
    {
        var pipeline = new PipelineBuilder()
            .Add(new NamedStage("a"))
            .Add(new FailingStage())
            .InsertBefore<FailingStage>(new NamedStage("b"))
            .InsertAfter<FailingStage>(new NamedStage("c"))
            .Build();

        Assert.Equal(["a", "b", "failing", "c"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void A_failing_stage_becomes_a_diagnostic_and_later_stages_still_run()
    {
        var pipeline = new PipelineBuilder().Add(new FailingStage()).Add(new NamedStage("after")).Build();

        var result = pipeline.Run(new Document("Some text.", new DocumentSource("x.txt")));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.StageFailed);
        Assert.Equal("failing", diagnostic.Stage);
        Assert.Equal("after", result.Title);
    }

    private sealed class NamedStage(string name) : IDocumentStage
    {
        public string Name => name;

        public Document Process(Document document, CancellationToken cancellationToken) => document with { Title = name };
    }

    private sealed class FailingStage : IDocumentStage
    {
        public string Name => "failing";

        public Document Process(Document document, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
