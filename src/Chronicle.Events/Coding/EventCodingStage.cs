using Chronicle.Pipeline;

namespace Chronicle.Events.Coding;

/// <summary>Adds <see cref="Document.Events"/>: CAMEO/PLOVER events with actors, evidence, location and date.</summary>
public sealed class EventCodingStage : IDocumentStage
{
    private readonly EventCoder _coder;

    public EventCodingStage(EventCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        _coder = coder;
    }

    public string Name => "events";

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Events = _coder.Code(document, cancellationToken) };
    }
}
