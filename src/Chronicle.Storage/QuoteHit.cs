namespace Chronicle.Storage;

/// <summary>A stored quote that matched a search.</summary>
public sealed record QuoteHit(long Id, string Text, string? SpeakerName, int Start, int End);
