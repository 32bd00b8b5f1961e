namespace Chronicle.Events.Actors;

/// <summary>One lexicon phrase with its CAMEO code (a role code alone for agents).</summary>
public sealed record ActorEntry(string Phrase, string Code, ActorKind Kind);
