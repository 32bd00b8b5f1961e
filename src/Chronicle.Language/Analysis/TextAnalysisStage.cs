using Chronicle.Annotations;
using Chronicle.Pipeline;

namespace Chronicle.Language.Analysis;

/// <summary>
/// Sets <see cref="Document.Analysis"/>: the last language stage, so the analysis sees the tokens, sentences, part of
/// speech, parse and merged entities of the stages before it.
/// </summary>
public sealed class TextAnalysisStage : IDocumentStage
{
    public string Name => "analysis";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Analysis = Analyze(document) };
    }

    /// <summary>The analysis of <paramref name="document"/> as it stands, with this layer's paragraphs and quotations.</summary>
    public static TextAnalysis Analyze(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (paragraphs, quotations) = QuotationFinder.Find(document.Text, document.Tokens);
        return TextAnalysis.Create(document, paragraphs, quotations);
    }
}
