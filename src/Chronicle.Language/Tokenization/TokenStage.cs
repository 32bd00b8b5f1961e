using Chronicle.Pipeline;

namespace Chronicle.Language.Tokenization;

/// <summary>Fills <see cref="Document.Tokens"/>.</summary>
public sealed class TokenStage : IDocumentStage
{
    public string Name => "tokens";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Tokens = Tokenizer.Tokenize(document.Text) };
    }
}
