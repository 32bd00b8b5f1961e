namespace Chronicle.Web.Queries;

/// <summary>A quotation attributed to an entity, with the document it is in and its offsets there.</summary>
public sealed record EntityQuote(long DocumentId, string? Title, string? Date, string Text, string? SpeakerName, int Start, int End);
