using Chronicle.Pipeline;

namespace Chronicle.Events.Tone;

/// <summary>Adds <see cref="Document.Tone"/> (GDELT's seven tone measures) over the document text.</summary>
public sealed class ToneStage : IDocumentStage
{
    private readonly ToneScorer _scorer;

    public ToneStage(ToneScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        _scorer = scorer;
    }

    public string Name => "tone";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Tone = _scorer.Score(document) };
    }
}
