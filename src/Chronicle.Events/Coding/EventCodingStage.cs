using Chronicle.Pipeline;

namespace Chronicle.Events.Coding;

/// <summary>Adds <see cref="Document.Events"/>: CAMEO/PLOVER events with actors, evidence, location and date.</summary>
public sealed class EventCodingStage : ILanguageBoundStage
{
    private readonly EventCoder _coder;

    public EventCodingStage(EventCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        _coder = coder;
    }

    public string Name => "events";

    /// <summary>English only: the verb dictionaries are English.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Events = _coder.Code(document, cancellationToken) };
    }
}
