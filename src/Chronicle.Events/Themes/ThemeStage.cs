using Chronicle.Pipeline;

namespace Chronicle.Events.Themes;

/// <summary>Adds <see cref="Document.Themes"/>: taxonomy themes with their mention spans.</summary>
public sealed class ThemeStage : ILanguageBoundStage
{
    private readonly ThemeTagger _tagger;

    public ThemeStage(ThemeTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = tagger;
    }

    public string Name => "themes";

    /// <summary>English only: theme phrases are English.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Themes = _tagger.Tag(document) };
    }
}
