namespace Chronicle.Events.Actors;

/// <summary>An actor phrase found in a sentence: word range, display name, CAMEO code and entity id when linked.</summary>
internal sealed record ActorMention(int FirstWord, int EndWord, int Start, int End, string Name, string? Code, string? EntityId)
{
    /// <summary>True for places named after a locative preposition ("in Aleppo"): not an actor.</summary>
    public bool IsPlace { get; init; }

    /// <summary>True when the phrase only names a role ("police", "protesters"), not a named actor.</summary>
    public bool IsGeneric { get; init; }

    /// <summary>The phrase as written (the name may be normalised, e.g. a capital named as its state).</summary>
    public string Surface { get; init; } = "";
}
