using Chronicle.Pipeline;

namespace Chronicle.Language.Tagging;

/// <summary>Fills each token's part of speech and <see cref="Document.Mentions"/> with raw named-entity mentions.</summary>
public sealed class TaggingStage : ILanguageBoundStage
{
    private readonly EntityRecognizer _recognizer;

    public TaggingStage(EntityRecognizer? recognizer = null)
    {
        _recognizer = recognizer ?? EntityRecognizer.Default;
    }

    public string Name => "mentions";

    /// <summary>English only: the tagger, parser and NER were trained on English treebanks and CoNLL-2003.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (tokens, mentions) = _recognizer.Annotate(document.Text, document.Tokens, document.Sentences);
        return document with { Tokens = tokens, Mentions = mentions };
    }
}
