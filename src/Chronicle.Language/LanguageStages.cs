using Chronicle.Language.Analysis;
using Chronicle.Language.Entities;
using Chronicle.Language.Geocoding;
using Chronicle.Language.Sentences;
using Chronicle.Language.Tagging;
using Chronicle.Language.Tokenization;
using Chronicle.Pipeline;

namespace Chronicle.Language;

/// <summary>Adds this layer's stages (tokens, sentences, part of speech, entity mentions, merged entities, geocoding, and last the per-token analysis that later layers read) to a pipeline, in order.</summary>
public static class LanguageStages
{
    public static PipelineBuilder AddLanguage(this PipelineBuilder builder, AnalysisMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = mode;
        return builder
            .Add(new TokenStage())
            .Add(new SentenceStage())
            .Add(new TaggingStage())
            .Add(new EntityStage())
            .Add(new GeocodingStage())
            .Add(new TextAnalysisStage());
    }
}
