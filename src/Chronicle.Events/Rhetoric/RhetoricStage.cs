using Chronicle.Pipeline;

namespace Chronicle.Events.Rhetoric;

/// <summary>Adds <see cref="Document.Rhetoric"/> (techniques and opinion sentences) and <see cref="Document.Genre"/>.</summary>
public sealed class RhetoricStage : ILanguageBoundStage
{
    private readonly RhetoricAnalyzer _analyzer;

    public RhetoricStage(RhetoricAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
    }

    public string Name => "rhetoric";

    /// <summary>English only: the rhetoric cues are English.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (marks, genre) = _analyzer.Analyze(document);
        return document with { Rhetoric = marks, Genre = genre };
    }
}
