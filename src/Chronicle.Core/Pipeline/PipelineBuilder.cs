namespace Chronicle.Pipeline;

/// <summary>Mutable builder for an <see cref="AnalysisPipeline"/>, with type-keyed insertion so stage order is explicit.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public TimeSpan StageTimeLimit { get; set; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public PipelineBuilder Add(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder InsertBefore<TStage>(IDocumentStage stage)
        where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf<TStage>(), stage);
        return this;
    }

    public PipelineBuilder InsertAfter<TStage>(IDocumentStage stage)
        where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf<TStage>() + 1, stage);
        return this;
    }

    public PipelineBuilder Replace<TStage>(IDocumentStage stage)
        where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages[IndexOf<TStage>()] = stage;
        return this;
    }

    public PipelineBuilder Remove<TStage>()
        where TStage : IDocumentStage
    {
        _stages.RemoveAt(IndexOf<TStage>());
        return this;
    }

    public AnalysisPipeline Build() => new([.. _stages], StageTimeLimit);

    private int IndexOf<TStage>()
    {
        var index = _stages.FindIndex(s => s is TStage);
        return index >= 0
            ? index
            : throw new InvalidOperationException($"The pipeline has no stage of type {typeof(TStage).Name}.");
    }
}
