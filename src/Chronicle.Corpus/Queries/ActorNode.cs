namespace Chronicle.Corpus.Queries;

/// <summary>An actor in a network, with the number of events it takes part in.</summary>
public sealed record ActorNode(string Id, string Label, long Events);
