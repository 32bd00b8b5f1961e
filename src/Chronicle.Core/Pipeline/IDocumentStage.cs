namespace Chronicle.Pipeline;

/// <summary>
/// One annotation step. Implementations are sealed, stateless after construction and safe to share across
/// threads: read-only resources (models, gazetteers) arrive through the constructor.
/// </summary>
public interface IDocumentStage
{
    /// <summary>Short stable name used in diagnostics and benchmarks ("tokens", "entities").</summary>
    string Name { get; }

    /// <summary>Returns the document with this stage's layer added.</summary>
    Document Process(Document document, CancellationToken cancellationToken);
}
