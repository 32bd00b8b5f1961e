namespace Chronicle.Storage;

/// <summary>One count (killed, wounded, arrested…) as stored, with the document it came from.</summary>
/// <param name="Counted">Who or what is counted (the contract's <c>object</c>).</param>
public sealed record StoredCount(
    long DocumentId,
    int Ordinal,
    string Type,
    long Number,
    bool Approximate,
    string? Counted,
    int Start,
    int End,
    string? Location,
    string? Date,
    string? Attribution,
    string? Site);
