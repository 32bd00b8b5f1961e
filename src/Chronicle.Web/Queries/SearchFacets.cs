namespace Chronicle.Web.Queries;

/// <summary>The facets of a result set: the values a user can narrow the search by, most frequent first (dates by month, in order).</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Entity,
    IReadOnlyList<FacetCount> Theme,
    IReadOnlyList<FacetCount> Site,
    IReadOnlyList<FacetCount> Language,
    IReadOnlyList<FacetCount> Date);
