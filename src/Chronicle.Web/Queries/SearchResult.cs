using Chronicle.Storage;

namespace Chronicle.Web.Queries;

/// <summary>A page of hits with facet counts over every match.</summary>
/// <param name="Partial">More documents matched than were examined; totals and facets cover the best matches only.</param>
public sealed record SearchResult(int Total, bool Partial, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
