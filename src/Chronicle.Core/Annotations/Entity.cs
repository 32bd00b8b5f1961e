using System.Collections.Immutable;
using Chronicle.Text;

namespace Chronicle.Annotations;

/// <summary>One real-world entity in a document, with every mention of it merged.</summary>
/// <param name="Id">Document-local id such as <c>e3</c>.</param>
/// <param name="Name">Canonical name: the longest, most complete form in the text.</param>
/// <param name="Country">ISO 3166 alpha-3 code the entity belongs to, when known.</param>
/// <param name="Actor">CAMEO actor code, when coded.</param>
/// <param name="Role">A title kept apart from the name ("President").</param>
/// <param name="WikidataId">Wikidata id (Q…) where the actor lists know the entity.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    ImmutableArray<TextSpan> Mentions,
    string? Country = null,
    GeoPoint? Geo = null,
    string? Actor = null,
    string? Role = null,
    string? WikidataId = null)
{
    /// <summary>Other surface forms merged into this entity ("May", "IRGC").</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
}
