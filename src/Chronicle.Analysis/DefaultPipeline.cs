using Chronicle.Pipeline;

namespace Chronicle.Analysis;

/// <summary>The stages of a standard analysis, in order. Each layer's project owns its stages.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new PipelineBuilder { StageTimeLimit = options.StageTimeLimit };
        return builder;
    }
}
