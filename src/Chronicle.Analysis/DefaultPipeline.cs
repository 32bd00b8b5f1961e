using Chronicle.Attribution;
using Chronicle.Events;
using Chronicle.Language;
using Chronicle.Pipeline;

namespace Chronicle.Analysis;

/// <summary>The stages of a standard analysis, in order. Each layer's project owns and orders its own stages.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PipelineBuilder { StageTimeLimit = options.StageTimeLimit }
            .AddLanguage(options.Mode)
            .AddAttribution(options.Mode, options.ReportedSpeech)
            .AddEvents(options.Mode);
    }
}
