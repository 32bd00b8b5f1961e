namespace Chronicle.Fuzz;

/// <summary>Runs one fuzz input; throws when the code under test throws or breaks an invariant.</summary>
public delegate void FuzzInput(ReadOnlySpan<byte> data);
