namespace Chronicle.Annotations;

/// <summary>Where a document came from.</summary>
public sealed record DocumentSource(string? Path, string? Url = null);
