using Chronicle.Pipeline;

namespace Chronicle.Events.Themes;

/// <summary>Adds <see cref="Document.Themes"/>: taxonomy themes with their mention spans.</summary>
public sealed class ThemeStage : IDocumentStage
{
    private readonly ThemeTagger _tagger;

    public ThemeStage(ThemeTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = tagger;
    }

    public string Name => "themes";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Themes = _tagger.Tag(document) };
    }
}
