namespace Chronicle.Attribution.Quotes;

/// <summary>Who a quote is attributed to and by which cue.</summary>
internal sealed record Attribution(string? SpeakerId, string? SpeakerName, string? Cue, int CueStart, int CueEnd, int SpeakerStart, int SpeakerEnd)
{
    /// <summary>True when the cue was found next to this quote, not inherited from an earlier one.</summary>
    public bool Own { get; init; } = true;

    /// <summary>The words the speaker was read from (a pronoun, a name or a description).</summary>
    public SpeakerPhrase? Phrase { get; init; }
}
