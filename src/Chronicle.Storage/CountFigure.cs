namespace Chronicle.Storage;

/// <summary>One figure given for a count, with who gave it and whether it was judged credible.</summary>
public sealed record CountFigure(long DocumentId, int Ordinal, long Number, bool Approximate, string? Attribution, string? Site, bool Credible);
