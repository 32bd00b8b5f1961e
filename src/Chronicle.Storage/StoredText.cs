namespace Chronicle.Storage;

/// <summary>A stored document's plain text, as consolidation reads it.</summary>
public sealed record StoredText(long Id, string Text);
