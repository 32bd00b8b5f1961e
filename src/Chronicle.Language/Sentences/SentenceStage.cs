using Chronicle.Pipeline;

namespace Chronicle.Language.Sentences;

/// <summary>Fills <see cref="Document.Sentences"/> from the tokens.</summary>
public sealed class SentenceStage : IDocumentStage
{
    public string Name => "sentences";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Sentences = SentenceSplitter.Split(document.Text, document.Tokens) };
    }
}
