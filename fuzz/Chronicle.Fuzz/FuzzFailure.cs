namespace Chronicle.Fuzz;

/// <summary>The first input that made a target throw, with the mutation number that produced it.</summary>
public sealed record FuzzFailure(int Iteration, byte[] Input, Exception Exception);
