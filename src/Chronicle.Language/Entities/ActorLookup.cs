using System.Collections.Frozen;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Entities;

/// <summary>
/// Known people and organisations by exact name; names shared by different Wikidata ids are left out. A person with
/// several offices keeps them all, in the table's order (heads of state and government and current offices first), so
/// that the office held on a document's date can be chosen.
/// </summary>
public sealed class ActorLookup
{
    private static readonly Lazy<ActorLookup> Shared = new(() => new ActorLookup(GazetteerData.Default));

    private readonly FrozenDictionary<string, ActorRecord[]> _people;
    private readonly FrozenDictionary<string, ActorRecord> _organisations;

    internal ActorLookup(GazetteerData data)
    {
        var people = new Dictionary<string, List<ActorRecord>?>(StringComparer.Ordinal);
        var organisations = new Dictionary<string, ActorRecord?>(StringComparer.Ordinal);
        foreach (var actor in data.Actors)
        {
            if (actor.IsPerson)
            {
                AddPerson(people, actor);
                continue;
            }

            if (organisations.TryGetValue(actor.Name, out var existing))
            {
                if (existing is not null && existing.WikidataId != actor.WikidataId && actor.WikidataId is not null && existing.WikidataId is not null)
                {
                    // Two different bodies share this name: do not guess.
                    organisations[actor.Name] = null;
                }
                else if (existing is not null && existing.WikidataId is null && actor.WikidataId is not null)
                {
                    organisations[actor.Name] = actor;
                }

                continue;
            }

            organisations[actor.Name] = actor;
        }

        _people = people.Where(kv => kv.Value is not null).ToFrozenDictionary(kv => kv.Key, kv => kv.Value!.ToArray(), StringComparer.Ordinal);
        _organisations = organisations.Where(kv => kv.Value is not null).ToFrozenDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    }

    public static ActorLookup Default => Shared.Value;

    /// <summary>The person's office held now (the first-listed one without an end), else the first listed.</summary>
    public ActorRecord? Person(string name) => Person(name, null);

    /// <summary>
    /// The person's office held on <paramref name="date"/> (an ISO date such as a document's publication date), the
    /// latest-starting one where several were held at once; the office held now when no date is given or none fits.
    /// </summary>
    public ActorRecord? Person(string name, string? date)
    {
        if (!_people.TryGetValue(name, out var records))
        {
            return null;
        }

        var current = Array.Find(records, r => r.End is null) ?? records[0];
        if (string.IsNullOrEmpty(date) || date.Length < 4 || !char.IsAsciiDigit(date[0]))
        {
            return current;
        }

        ActorRecord? best = null;
        foreach (var record in records)
        {
            if (record.HeldOn(date) && (best is null || string.CompareOrdinal(record.Start, best.Start) > 0))
            {
                best = record;
            }
        }

        return best ?? current;
    }

    public ActorRecord? Organisation(string name) => _organisations.GetValueOrDefault(name);

    private static void AddPerson(Dictionary<string, List<ActorRecord>?> people, ActorRecord actor)
    {
        if (!people.TryGetValue(actor.Name, out var records))
        {
            people[actor.Name] = [actor];
            return;
        }

        if (records is null)
        {
            return;
        }

        var known = records[0].WikidataId;
        if (known is not null && actor.WikidataId is not null && known != actor.WikidataId)
        {
            // Two different people share this name: do not guess.
            people[actor.Name] = null;
            return;
        }

        records.Add(actor);
    }
}
