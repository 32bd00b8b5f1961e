using Chronicle.Attribution.Counts;
using Chronicle.Attribution.Quotes;
using Chronicle.Pipeline;

namespace Chronicle.Attribution;

/// <summary>Adds this layer's stages (quotes and counts) to a pipeline, in order.</summary>
public static class AttributionStages
{
    public static PipelineBuilder AddAttribution(this PipelineBuilder builder, AnalysisMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = mode;
        return builder.Add(new QuoteStage()).Add(new CountStage());
    }
}
