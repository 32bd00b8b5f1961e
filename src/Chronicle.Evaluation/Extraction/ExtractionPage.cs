namespace Chronicle.Evaluation.Extraction;

/// <summary>One benchmark page: its id, raw HTML bytes, original address and reference article body.</summary>
public sealed record ExtractionPage(string Id, byte[] Html, string? Url, string Truth);
