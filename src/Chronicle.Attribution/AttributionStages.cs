using Chronicle.Attribution.Counts;
using Chronicle.Attribution.Quotes;
using Chronicle.Pipeline;

namespace Chronicle.Attribution;

/// <summary>Adds this layer's stages (quotes and counts) to a pipeline, in order.</summary>
public static class AttributionStages
{
    /// <param name="reportedSpeech">Report indirect speech ("X said that …") as quotes with <c>direct: false</c>.</param>
    public static PipelineBuilder AddAttribution(this PipelineBuilder builder, AnalysisMode mode, bool reportedSpeech = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = mode;
        return builder.Add(new QuoteStage(reportedSpeech)).Add(new CountStage());
    }
}
