using Chronicle.Pipeline;

namespace Chronicle.Language.Tagging;

/// <summary>Fills each token's part of speech and <see cref="Document.Mentions"/> with raw named-entity mentions.</summary>
public sealed class TaggingStage : IDocumentStage
{
    private readonly EntityRecognizer _recognizer;

    public TaggingStage(EntityRecognizer? recognizer = null)
    {
        _recognizer = recognizer ?? EntityRecognizer.Default;
    }

    public string Name => "mentions";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (tokens, mentions) = _recognizer.Annotate(document.Text, document.Tokens, document.Sentences);
        return document with { Tokens = tokens, Mentions = mentions };
    }
}
