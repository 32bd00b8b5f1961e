namespace Chronicle.Web.Queries;

/// <summary>One value of a search facet and how many matching documents have it; <see cref="Label"/> adds context (an entity's type).</summary>
public sealed record FacetCount(string Value, string? Label, int Count);
