using Chronicle.Pipeline;

namespace Chronicle.Language.Entities;

/// <summary>Fills <see cref="Document.Entities"/> by merging the raw mentions.</summary>
public sealed class EntityStage : ILanguageBoundStage
{
    private readonly EntityMerger _merger;

    public EntityStage(EntityMerger? merger = null)
    {
        _merger = merger ?? new EntityMerger();
    }

    public string Name => "entities";

    /// <summary>English only: the NER models and gazetteers are English.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Entities = _merger.Merge(document) };
    }
}
