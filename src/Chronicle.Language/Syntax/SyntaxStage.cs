using Chronicle.Pipeline;

namespace Chronicle.Language.Syntax;

/// <summary>Fills each token's lemma, universal POS, head and dependency relation (see <see cref="SyntaxAnnotator"/>).</summary>
public sealed class SyntaxStage : IDocumentStage
{
    private readonly SyntaxAnnotator? _annotator;

    public SyntaxStage(SyntaxAnnotator? annotator = null)
    {
        _annotator = annotator ?? SyntaxAnnotator.Default;
    }

    public string Name => "syntax";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _annotator is null ? document : document with { Tokens = _annotator.Annotate(document.Text, document.Tokens, document.Sentences) };
    }
}
