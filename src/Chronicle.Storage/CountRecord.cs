namespace Chronicle.Storage;

/// <summary>
/// A count reconciled across the reports of one story: <see cref="Number"/> is the lowest credible figure,
/// and every figure given, conflicting ones included, is kept with who gave it.
/// </summary>
public sealed record CountRecord(
    long Id,
    long? ClusterId,
    string Type,
    string? Counted,
    long Number,
    bool Conflicting,
    IReadOnlyList<CountFigure> Figures);
