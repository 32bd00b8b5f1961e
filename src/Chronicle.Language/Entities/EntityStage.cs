using Chronicle.Pipeline;

namespace Chronicle.Language.Entities;

/// <summary>Fills <see cref="Document.Entities"/> by merging the raw mentions.</summary>
public sealed class EntityStage : IDocumentStage
{
    private readonly EntityMerger _merger;

    public EntityStage(EntityMerger? merger = null)
    {
        _merger = merger ?? new EntityMerger();
    }

    public string Name => "entities";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Entities = _merger.Merge(document) };
    }
}
