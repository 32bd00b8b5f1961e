namespace Chronicle.Web.Api;

/// <summary>A pasted article: its text or page source, which of the two it is, and where it came from if known.</summary>
/// <param name="Format"><c>text</c> (default) or <c>html</c>.</param>
public sealed record AnalyzeRequest(string? Text, string? Format, string? Url);
