using System.Collections.Frozen;
using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>
/// A small within-document coreference for descriptions: "the president" is the person the document titles
/// President, "the gunman" / "the suspect" / "the accused" the person the document names as the perpetrator, and
/// "the embassy" / "the council" the organisation whose name has that head noun. Built once per document.
/// </summary>
internal sealed class DocumentActors
{
    private static readonly FrozenSet<string> PerpetratorNouns = FrozenSet.ToFrozenSet(
        ["suspect", "suspects", "gunman", "accused", "attacker", "assailant", "shooter", "perpetrator", "killer", "bomber", "stabber"], StringComparer.Ordinal);

    // Words around a name that mark it as the accused person of a criminal story.
    private static readonly FrozenSet<string> PerpetratorCues = FrozenSet.ToFrozenSet(
        ["suspect", "suspected", "gunman", "accused", "attacker", "assailant", "shooter", "perpetrator", "killer", "bomber", "charged", "charge",
         "detained", "arrested", "bail", "custody", "trial", "identified"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> TitleHeads = FrozenSet.ToFrozenSet(
        ["president", "minister", "secretary", "governor", "mayor", "chancellor", "premier", "prosecutor", "judge", "spokesman", "spokeswoman",
         "spokesperson", "chief", "commander", "leader", "king", "queen", "prince", "ambassador", "envoy", "director", "commissioner", "senator",
         "general", "pope"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> LesserTitles = FrozenSet.ToFrozenSet(
        ["deputy", "vice", "former", "ex", "assistant", "acting-deputy", "vice-president", "late"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganisationHeads = FrozenSet.ToFrozenSet(
        ["embassy", "council", "ministry", "court", "agency", "party", "coalition", "commission", "committee", "department", "parliament",
         "assembly", "movement", "front", "tribunal"], StringComparer.Ordinal);

    // Groups a story is about: "people" arrested at a protest are protesters.
    private static readonly string[] Groups = ["protesters", "demonstrators", "rioters", "migrants", "refugees", "workers", "students", "worshippers"];

    private readonly List<(string[] Title, Entity Person, int Position)> _titled = [];
    private string? _group;
    private readonly Document _document;

    private DocumentActors(Document document)
    {
        _document = document;
    }

    /// <summary>The group a story is about ("protesters"), when one dominates it.</summary>
    public string? Group => _group;

    /// <summary>Violent acts with a target but no agent in their sentence ("Twin bombings struck the cathedral"), by sentence start.</summary>
    public List<(string Code, ActorMention Target, TextSpan Sentence, WordSpan Trigger, EventLocation? Location)> Unattributed { get; } = [];

    /// <summary>The last plural actor (a group, protesters, police, a country's forces) of the sentences coded so far: "they".</summary>
    public ActorMention? LastPlural { get; set; }

    /// <summary>The person the document presents as the perpetrator of its crime, when one stands out.</summary>
    public Entity? Perpetrator { get; private set; }

    // Word → group it counts for: protest words count for protesters, then a group's own name, then its singular.
    private static readonly FrozenDictionary<string, int> GroupOfWord = BuildGroupOfWord();

    private static FrozenDictionary<string, int> BuildGroupOfWord()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var protest in (string[])["protest", "protests", "rally", "rallies", "rallied", "demonstration", "demonstrations", "protested"])
        {
            map.TryAdd(protest, 0);
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            map.TryAdd(Groups[g], g);
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            if (Groups[g].Length > 2 && Groups[g][^1] == 's')
            {
                map.TryAdd(Groups[g][..^1], g);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static DocumentActors Build(Document document, IReadOnlyList<List<WordSpan>> sentenceWords)
    {
        var result = new DocumentActors(document);
        var groupCounts = new int[Groups.Length];
        foreach (var words in sentenceWords)
        {
            foreach (var w in words)
            {
                // A protest story's crowd are protesters, whatever word counts them.
                if (GroupOfWord.TryGetValue(w.Lower, out var g))
                {
                    groupCounts[g]++;
                }
            }
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            if (groupCounts[g] >= 3 && (result._group is null || groupCounts[g] > groupCounts[Array.IndexOf(Groups, result._group)]))
            {
                result._group = Groups[g];
            }
        }

        var persons = new List<Entity>();
        foreach (var entity in document.Entities)
        {
            if (entity.Type == EntityType.Person)
            {
                persons.Add(entity);
            }
        }

        if (persons.Count == 0)
        {
            return result;
        }

        // The language layer may split one person over several entities ("Brenton", "Brenton Tarrant" as an
        // organisation): a shorter name whose words all belong to a person's name counts for that person.
        persons.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
        // Entities are records: with distinct ids, equal entities are the same object, so identity hashing (cheap) gives the
        // same keys as hashing every field.
        var owner = new Dictionary<Entity, int>(DistinctIds(document.Entities) ? ReferenceEqualityComparer.Instance : null);
        for (var p = 0; p < persons.Count; p++)
        {
            foreach (var entity in document.Entities)
            {
                if (entity.Type is EntityType.Person or EntityType.Org && !owner.ContainsKey(entity) && WordsWithin(entity.Name, persons[p].Name))
                {
                    owner[entity] = p;
                }
            }
        }

        // Each mention is placed in its sentence by binary search: one pass over the mentions, not one per sentence.
        var hasCue = new bool[sentenceWords.Count];
        for (var i = 0; i < sentenceWords.Count; i++)
        {
            foreach (var w in sentenceWords[i])
            {
                if (PerpetratorCues.Contains(TextScan.StripPossessive(w.Lower)))
                {
                    hasCue[i] = true;
                    break;
                }
            }
        }

        var cueScore = new int[persons.Count];
        var counted = new HashSet<(int Sentence, int Person)>();
        foreach (var (entity, p) in owner)
        {
            foreach (var span in entity.Mentions)
            {
                var i = SentenceOf(sentenceWords, span.Start);
                if (i < 0 || span.End > sentenceWords[i][^1].End)
                {
                    continue;
                }

                var words = sentenceWords[i];
                var first = IndexAt(words, span.Start);
                if (first < 0)
                {
                    continue;
                }

                result.AddTitle(words, first, span.End, persons[p]);
                if (hasCue[i] && counted.Add((i, p)))
                {
                    // "identified the suspect as X", "The attacker, X, …": a perpetrator noun right before the name counts double.
                    cueScore[p] += PerpetratorNounBefore(words, first) ? 2 : 1;
                }
            }
        }

        // The perpetrator is the person most often named beside arrest, charge and suspect words — and clearly so.
        int best = -1, bestScore = 0, second = 0;
        for (var p = 0; p < persons.Count; p++)
        {
            if (cueScore[p] > bestScore)
            {
                second = bestScore;
                bestScore = cueScore[p];
                best = p;
            }
            else if (cueScore[p] > second)
            {
                second = cueScore[p];
            }
        }

        if (best >= 0 && bestScore >= 2 && bestScore > second)
        {
            result.Perpetrator = persons[best];
        }

        return result;
    }

    /// <summary>The named actor a description stands for, or null when the document does not say.</summary>
    public ActorMention? Resolve(ActorMention description, List<WordSpan> words)
    {
        if (!description.IsGeneric || description.FirstWord < 0 || description.EndWord > words.Count)
        {
            return null;
        }

        var head = TextScan.StripPossessive(words[description.EndWord - 1].Lower);
        var definite = description.FirstWord > 0 && (words[description.FirstWord - 1].Lower is "the" or "this" or "that"
            || TextScan.IsPossessive(words[description.FirstWord - 1].Lower));
        if (head is "people" or "persons" or "individuals" or "men" && _group is not null)
        {
            return description with { Name = _group, IsGeneric = true };
        }

        if (PerpetratorNouns.Contains(head) && Perpetrator is { } perpetrator)
        {
            return Named(perpetrator, description);
        }

        if (TitleHeads.Contains(head) && (definite || (description.EndWord - description.FirstWord == 1 && words[description.FirstWord].Capitalised)))
        {
            var title = new List<string>();
            for (var k = description.FirstWord; k < description.EndWord; k++)
            {
                var w = TextScan.StripPossessive(words[k].Lower);
                if (w is not ("the" or "a" or "an"))
                {
                    title.Add(w);
                }
            }

            if (FindTitled(title, description.Start) is { } person)
            {
                return Named(person, description);
            }
        }

        if (OrganisationHeads.Contains(head) && definite && description.EndWord - description.FirstWord == 1)
        {
            Entity? best = null;
            var bestEnd = -1;
            foreach (var entity in _document.Entities)
            {
                if (entity.Type != EntityType.Org || !HasWord(entity.Name, head))
                {
                    continue;
                }

                foreach (var span in entity.Mentions)
                {
                    if (span.End <= description.Start && span.End > bestEnd)
                    {
                        best = entity;
                        bestEnd = span.End;
                    }
                }
            }

            if (best is not null)
            {
                return Named(best, description);
            }
        }

        return null;
    }

    /// <summary>The last person before <paramref name="position"/> given a title ending in <paramref name="title"/>; else the first after.</summary>
    private Entity? FindTitled(List<string> title, int position)
    {
        Entity? before = null;
        Entity? after = null;
        var beforeAt = -1;
        foreach (var (words, person, at) in _titled)
        {
            if (!EndsWith(words, title))
            {
                continue;
            }

            if (at <= position && at > beforeAt)
            {
                before = person;
                beforeAt = at;
            }
            else if (at > position && after is null)
            {
                after = person;
            }
        }

        return before ?? after;
    }

    private static bool EndsWith(string[] words, List<string> suffix)
    {
        if (suffix.Count == 0 || suffix.Count > words.Length)
        {
            return false;
        }

        for (var i = 1; i <= suffix.Count; i++)
        {
            if (!string.Equals(words[^i], suffix[^i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records "US President Donald Trump" (title before the name) and "Boris Johnson, the prime minister," (after it).</summary>
    private void AddTitle(List<WordSpan> words, int first, int end, Entity person)
    {
        var k = first - 1;
        var title = new List<string>();
        while (k >= 0 && k >= first - 4 && words[k].End <= words[first].Start && !IsBreak(words, k, first))
        {
            var w = words[k].Lower;
            if (w is "the" or "a" or "an" || w.EndsWith("'s", StringComparison.Ordinal) || (title.Count > 0 && !char.IsLetter(w[0])))
            {
                break;
            }

            title.Insert(0, w);
            k--;
        }

        // Drop words up to the title's head: "Interior Minister Joachim" keeps "interior minister".
        TrimToHead(title);
        if (title.Count > 0 && !(title.Count >= 2 && LesserTitles.Contains(title[^2])) && !LesserTitles.Contains(title[^1]))
        {
            _titled.Add((title.ToArray(), person, words[first].Start));
        }

        // ", the acting Prime Minister of Iraq," after the name.
        var e = IndexAt(words, end - 1);
        if (e >= 0 && e + 2 < words.Count && words[e + 1].Lower is "the" or "a" && HasComma(words, e))
        {
            var after = new List<string>();
            for (var j = e + 2; j < Math.Min(words.Count, e + 7); j++)
            {
                var w = words[j].Lower;
                if (w is "of" or "for" or "to" or "in" or "at" || !char.IsLetter(w[0]))
                {
                    break;
                }

                after.Add(TextScan.StripPossessive(w));
                if (j + 1 < words.Count && words[j + 1].Start > words[j].End && HasCommaBetween(words, j))
                {
                    break;
                }
            }

            TrimToHead(after);
            if (after.Count > 0 && !LesserTitles.Contains(after[0]))
            {
                _titled.Add((after.ToArray(), person, words[first].Start));
            }
        }
    }

    private static void TrimToHead(List<string> title)
    {
        while (title.Count > 0 && !TitleHeads.Contains(title[^1]))
        {
            title.RemoveAt(title.Count - 1);
        }
    }

    private bool HasComma(List<WordSpan> words, int e) => HasCommaBetween(words, e);

    private bool HasCommaBetween(List<WordSpan> words, int k) =>
        k + 1 < words.Count && _document.Text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Contains(',');

    private bool IsBreak(List<WordSpan> words, int k, int first) =>
        _document.Text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IndexOfAny(",;:(") >= 0 && k + 1 <= first;

    /// <summary>The sentence whose words cover <paramref name="position"/>, or -1 (sentences are in text order).</summary>
    private static int SentenceOf(IReadOnlyList<List<WordSpan>> sentenceWords, int position)
    {
        int lo = 0, hi = sentenceWords.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var probe = mid;
            while (probe <= hi && sentenceWords[probe].Count == 0)
            {
                probe++;
            }

            if (probe > hi)
            {
                hi = mid - 1;
                continue;
            }

            if (sentenceWords[probe][0].Start <= position)
            {
                found = probe;
                lo = probe + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && position < sentenceWords[found][^1].End ? found : -1;
    }

    private static int IndexAt(List<WordSpan> words, int position)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start <= position && position < words[i].End)
            {
                return i;
            }

            if (words[i].Start > position)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool PerpetratorNounBefore(List<WordSpan> words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 6; k--)
        {
            if (PerpetratorNouns.Contains(TextScan.StripPossessive(words[k].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DistinctIds(ImmutableArray<Entity> entities)
    {
        var ids = new HashSet<string>(entities.Length, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!ids.Add(entity.Id))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordsWithin(string part, string whole)
    {
        foreach (var range in part.AsSpan().Split(' '))
        {
            var word = part.AsSpan(range);
            if (!word.IsEmpty && !HasWord(whole, word))
            {
                return false;
            }
        }

        return part.Length > 0;
    }

    private static bool HasWord(string name, ReadOnlySpan<char> word)
    {
        var at = name.AsSpan().IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(name[at - 1])) && (at + word.Length == name.Length || !char.IsLetter(name[at + word.Length]));
    }

    private static ActorMention Named(Entity entity, ActorMention description) =>
        description with { Name = entity.Name, Code = entity.Actor ?? description.Code, EntityId = entity.Id, IsGeneric = false };
}
