namespace Chronicle.Events.Actors;

/// <summary>What a lexicon phrase names, which decides how its code combines with others in a phrase.</summary>
public enum ActorKind
{
    /// <summary>A country name ("Iran"): country code only.</summary>
    Country,

    /// <summary>A demonym ("Iranian"): country code, combined with a following role noun.</summary>
    Demonym,

    /// <summary>A capital or seat of power used for its government ("Tehran", "the Kremlin").</summary>
    Capital,

    /// <summary>A named person with a known office.</summary>
    Person,

    /// <summary>An organisation or armed group with a full code.</summary>
    Organisation,

    /// <summary>A role noun ("police", "foreign minister"): a role code the context supplies the country for.</summary>
    Agent,
}
