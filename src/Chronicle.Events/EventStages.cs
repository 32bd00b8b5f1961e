using Chronicle.Events.Actors;
using Chronicle.Events.Coding;
using Chronicle.Events.Rhetoric;
using Chronicle.Events.Themes;
using Chronicle.Events.Tone;
using Chronicle.Pipeline;

namespace Chronicle.Events;

/// <summary>Adds this layer's stages (actor coding, events, tone, themes and rhetoric) to a pipeline, in order.</summary>
public static class EventStages
{
    public static PipelineBuilder AddEvents(this PipelineBuilder builder, AnalysisMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = mode;
        return builder
            .Add(new ActorCodingStage(ActorCoder.Default))
            .Add(new EventCodingStage(EventCoder.Default))
            .Add(new ToneStage(ToneScorer.Default))
            .Add(new ThemeStage(ThemeTagger.Default))
            .Add(new RhetoricStage(RhetoricAnalyzer.Default));
    }
}
