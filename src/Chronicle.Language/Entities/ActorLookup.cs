using System.Collections.Frozen;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Entities;

/// <summary>Known people and organisations by exact name; names shared by different Wikidata ids are left out.</summary>
public sealed class ActorLookup
{
    private static readonly Lazy<ActorLookup> Shared = new(() => new ActorLookup(GazetteerData.Default));

    private readonly FrozenDictionary<string, ActorRecord> _people;
    private readonly FrozenDictionary<string, ActorRecord> _organisations;

    internal ActorLookup(GazetteerData data)
    {
        var people = new Dictionary<string, ActorRecord?>(StringComparer.Ordinal);
        var organisations = new Dictionary<string, ActorRecord?>(StringComparer.Ordinal);
        foreach (var actor in data.Actors)
        {
            var map = actor.IsPerson ? people : organisations;
            if (map.TryGetValue(actor.Name, out var existing))
            {
                if (existing is not null && existing.WikidataId != actor.WikidataId && actor.WikidataId is not null && existing.WikidataId is not null)
                {
                    // Two different people (or bodies) share this name: do not guess.
                    map[actor.Name] = null;
                }
                else if (existing is not null && existing.WikidataId is null && actor.WikidataId is not null)
                {
                    map[actor.Name] = actor;
                }

                continue;
            }

            map[actor.Name] = actor;
        }

        _people = people.Where(kv => kv.Value is not null).ToFrozenDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
        _organisations = organisations.Where(kv => kv.Value is not null).ToFrozenDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    }

    public static ActorLookup Default => Shared.Value;

    public ActorRecord? Person(string name) => _people.GetValueOrDefault(name);

    public ActorRecord? Organisation(string name) => _organisations.GetValueOrDefault(name);
}
