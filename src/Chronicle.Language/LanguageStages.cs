using Chronicle.Language.Analysis;
using Chronicle.Language.Entities;
using Chronicle.Language.Geocoding;
using Chronicle.Language.Sentences;
using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;
using Chronicle.Language.Tokenization;
using Chronicle.Pipeline;

namespace Chronicle.Language;

/// <summary>
/// Adds this layer's stages (tokens, sentences, part of speech, entity mentions, merged entities, geocoding, and last the
/// per-token analysis that later layers read) to a pipeline, in order. <see cref="AnalysisMode.Accurate"/> adds the
/// dependency parse (lemmas, universal POS, heads and relations) after tagging: it doubles the per-document cost and no
/// fast-mode layer reads it yet (docs/LANGUAGE.md, "Syntax").
/// </summary>
public static class LanguageStages
{
    public static PipelineBuilder AddLanguage(this PipelineBuilder builder, AnalysisMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .Add(new TokenStage())
            .Add(new SentenceStage())
            .Add(new TaggingStage());
        if (mode == AnalysisMode.Accurate)
        {
            builder.Add(new SyntaxStage());
        }

        return builder
            .Add(new EntityStage())
            .Add(new GeocodingStage())
            .Add(new TextAnalysisStage());
    }
}
