using Chronicle.Pipeline;

namespace Chronicle.Events.Tone;

/// <summary>Adds <see cref="Document.Tone"/> (GDELT's seven tone measures) over the document text.</summary>
public sealed class ToneStage : ILanguageBoundStage
{
    private readonly ToneScorer _scorer;

    public ToneStage(ToneScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        _scorer = scorer;
    }

    public string Name => "tone";

    /// <summary>Tone is scored only where the lexicon is in the text's language.</summary>
    public bool Handles(string language) => string.Equals(language, _scorer.Lexicon.Language, StringComparison.Ordinal);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Tone = _scorer.Score(document) };
    }
}
