namespace Chronicle.Storage;

/// <summary>One search result: the document, a snippet with the matched words and, when a quote matched, the quote.</summary>
public sealed record SearchHit(DocumentSummary Document, double Score, string Snippet, QuoteHit? Quote);
