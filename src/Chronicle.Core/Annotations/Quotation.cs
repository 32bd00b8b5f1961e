namespace Chronicle.Annotations;

/// <summary>
/// A direct-quote region: the tokens between an opening quote mark (<see cref="Open"/>) and its closing mark
/// (<see cref="Close"/>, or -1 when the quotation runs to the end of its paragraph and reopens in the next one).
/// </summary>
public readonly record struct Quotation(TokenRange Inner, int Open, int Close);
