namespace Chronicle.Fuzz;

/// <summary>A named entry point for the fuzzer, with the seed folder it starts from.</summary>
public sealed record FuzzTarget(string Name, string Description, FuzzInput Run);
