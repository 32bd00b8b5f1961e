using Chronicle.Annotations;
using Chronicle.Pipeline;

namespace Chronicle.Language.Geocoding;

/// <summary>
/// Resolves LOC entities to gazetteer points (<see cref="Entity.Geo"/>, <see cref="Entity.Country"/>): countries
/// first, then other places, preferring the countries and the area the document already names.
/// </summary>
public sealed class GeocodingStage : ILanguageBoundStage
{
    private readonly Geocoder _geocoder;

    public GeocodingStage(Geocoder? geocoder = null)
    {
        _geocoder = geocoder ?? Geocoder.Default;
    }

    public string Name => "geocoding";

    /// <summary>English only: it resolves English entity mentions.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities;
        if (entities.IsDefaultOrEmpty)
        {
            return document;
        }

        var result = entities.ToBuilder();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var points = new List<GeoPoint>();

        // Pass 1: countries, and the countries of people and organisations, set the document's context.
        for (var i = 0; i < result.Count; i++)
        {
            var entity = result[i];
            if (entity.Type == EntityType.Loc && ResolveCountry(entity) is { } country)
            {
                result[i] = entity with { Geo = country.Point, Country = country.Alpha3 };
            }

            if (result[i].Country is { } alpha3 && _geocoder.Alpha2(alpha3) is { } alpha2)
            {
                countries.Add(alpha2);
            }
        }

        // Pass 2: other places, biggest evidence first so later ones can lean on earlier points.
        for (var i = 0; i < result.Count; i++)
        {
            var entity = result[i];
            if (entity.Type != EntityType.Loc || entity.Geo is not null)
            {
                continue;
            }

            foreach (var name in (IEnumerable<string>)[entity.Name, .. entity.Aliases])
            {
                if (_geocoder.ResolvePlace(name, countries, points) is { } place)
                {
                    result[i] = entity with { Geo = place.Point, Country = entity.Country ?? place.Alpha3 };
                    points.Add(place.Point);
                    break;
                }
            }
        }

        return document with { Entities = result.ToImmutable() };
    }

    private (GeoPoint Point, string Alpha3)? ResolveCountry(Entity entity)
    {
        if (_geocoder.ResolveCountry(entity.Name) is { } byName)
        {
            return byName;
        }

        foreach (var alias in entity.Aliases)
        {
            if (_geocoder.ResolveCountry(alias) is { } byAlias)
            {
                return byAlias;
            }
        }

        return null;
    }
}
