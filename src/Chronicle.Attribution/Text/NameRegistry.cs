using System.Collections.Immutable;
using Chronicle.Annotations;

namespace Chronicle.Attribution.Text;

/// <summary>
/// Every name mentioned in a document outside quotations, in text order, with what is known about it: kind,
/// gender, the fullest form used anywhere, and the entity that covers it when the entity layer has run.
/// </summary>
internal sealed class NameRegistry
{
    private readonly TextIndex _index;
    private readonly ImmutableArray<Entity> _entities;
    private readonly Dictionary<string, Gender> _genders = new(StringComparer.OrdinalIgnoreCase);

    public NameRegistry(TextIndex index, ImmutableArray<Entity> entities)
    {
        _index = index;
        _entities = entities.IsDefault ? [] : entities;
        var words = index.Words;
        var text = index.Text;
        var i = 0;
        while (i < words.Count)
        {
            if (index.QuoteOf[i] >= 0 || !NameParser.IsNameWord(text, words[i]))
            {
                i++;
                continue;
            }

            var end = NameParser.RunEnd(text, words, i, words.Count);
            // A run never crosses quotes or paragraphs.
            var stop = i + 1;
            while (stop < end && index.QuoteOf[stop] < 0 && index.Paragraph[stop] == index.Paragraph[i])
            {
                stop++;
            }

            var phrase = NameParser.Parse(text, words, i, stop);
            if (phrase is not null)
            {
                var kind = KindOf(phrase);
                if (kind is NameKind.Person or NameKind.Unknown && EntityAt(phrase.NameStart, phrase.NameEnd) is null && IsModifierOrPlace(i, phrase))
                {
                    kind = NameKind.Place;
                }
                else if (kind == NameKind.Unknown && i > 0 && phrase.NameStart == phrase.RunStart
                    && NameLexicon.Contains(NameLexicon.Titles, words[i - 1].In(text)) && NameParser.IsNameLike(text, words[stop - 1]))
                {
                    kind = NameKind.Person; // "president Erdoğan"
                }

                Phrases.Add(phrase with { Kind = kind });
            }

            i = stop;
        }

        LearnGenders();
    }

    public List<NamePhrase> Phrases { get; } = [];

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "into", "across", "outside", "inside", "through", "towards", "toward", "around", "throughout", "within",
    };

    /// <summary>
    /// People are seldom "in X" or "the X": a run after a place preposition or an article, with no title, is a place or a
    /// modifier ("in Maidan Wardak", "the Maidan Wardak provincial council").
    /// </summary>
    private bool IsModifierOrPlace(int runStart, NamePhrase phrase)
    {
        if (phrase.NameStart != phrase.RunStart || runStart == 0)
        {
            return false;
        }

        var before = _index.Words[runStart - 1];
        var word = before.In(_index.Text);
        return PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || word.Equals("the", StringComparison.Ordinal);
    }

    /// <summary>
    /// The entity with a mention covering all of <c>[start, end)</c>, if any. A mention covering only part of a name
    /// ("François" of "François Hollande") is a recognition error, not a better name, and is ignored.
    /// </summary>
    public Entity? EntityAt(int start, int end)
    {
        foreach (var entity in _entities)
        {
            if (entity.Type == EntityType.Misc)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.Start <= start && mention.End >= end && mention.Length <= (end - start) * 3 + 8)
                {
                    return entity;
                }
            }
        }

        return null;
    }

    /// <summary>The fullest person name in the document that contains every word of <paramref name="name"/>.</summary>
    public string Canonical(string name, NameKind kind)
    {
        var tokenCount = CountParts(name);
        var best = name;
        var bestCount = tokenCount;
        foreach (var phrase in Phrases)
        {
            if (phrase.WordCount <= bestCount || (kind != NameKind.Unknown && phrase.Kind != kind && phrase.Kind != NameKind.Unknown))
            {
                continue;
            }

            // Compared in place: most phrases fail, and only the one taken needs its own string.
            var candidate = _index.Text.AsSpan(phrase.NameStart, phrase.NameEnd - phrase.NameStart);
            if (AllPartsIn(name, candidate))
            {
                best = phrase.Name(_index.Text);
                bestCount = CountParts(candidate);
            }
        }

        if (bestCount == tokenCount && tokenCount == 1 && name.Length >= 5)
        {
            // A misspelt surname ("Saree" for "Sarea") still belongs to the full name.
            foreach (var phrase in Phrases)
            {
                if (phrase.Kind == NameKind.Person && phrase.WordCount >= 2)
                {
                    var candidate = phrase.Name(_index.Text);
                    var last = candidate[(candidate.LastIndexOf(' ') + 1)..];
                    if (char.ToUpperInvariant(last[0]) == char.ToUpperInvariant(name[0]) && WithinOneEdit(last, name))
                    {
                        return candidate;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The name an acronym stands for ("CDC" → "Chinese Center for Disease Control and Prevention"): the nearest name at or
    /// before <paramref name="position"/> (else the first after) whose capitalised words' initials hold the acronym's
    /// letters in a row. Null when <paramref name="name"/> is not an acronym or nothing in the document spells it out.
    /// </summary>
    public string? Expand(string name, int position)
    {
        var acronym = name.AsSpan(name.LastIndexOf(' ') + 1);
        if (acronym.Length is < 2 or > 6 || name.Length - acronym.Length > 12 || !IsAcronym(acronym))
        {
            return null;
        }

        Span<char> initials = stackalloc char[16];
        string? before = null, after = null;
        foreach (var phrase in Phrases)
        {
            if (phrase.WordCount < Math.Max(2, acronym.Length) || phrase.Kind is NameKind.Person or NameKind.Place)
            {
                continue;
            }

            var text = _index.Text.AsSpan(phrase.NameStart, phrase.NameEnd - phrase.NameStart);
            var count = 0;
            foreach (var range in text.Split(' '))
            {
                if (!text[range].IsEmpty && char.IsUpper(text[range][0]) && count < initials.Length)
                {
                    initials[count++] = text[range][0];
                }
            }

            if (initials[..count].IndexOf(acronym) < 0)
            {
                continue;
            }

            if (phrase.NameStart <= position)
            {
                before = phrase.Name(_index.Text);
            }
            else
            {
                after ??= phrase.Name(_index.Text);
            }
        }

        return before ?? after;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every non-empty space-separated part of <paramref name="name"/> is a part of <paramref name="candidate"/> (case ignored).</summary>
    private static bool AllPartsIn(ReadOnlySpan<char> name, ReadOnlySpan<char> candidate)
    {
        foreach (var range in name.Split(' '))
        {
            var token = name[range];
            if (!token.IsEmpty && !HasPart(candidate, token))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when one space-separated part of <paramref name="whole"/> equals <paramref name="part"/> (case ignored).</summary>
    private static bool HasPart(ReadOnlySpan<char> whole, ReadOnlySpan<char> part)
    {
        foreach (var range in whole.Split(' '))
        {
            if (whole[range].Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountParts(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var range in value.Split(' '))
        {
            if (!value[range].IsEmpty)
            {
                count++;
            }
        }

        return count;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[j]))
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    /// <summary>A name with leading titles and demonyms removed ("French President François Hollande" → "François Hollande").</summary>
    public static string WithoutTitles(string name)
    {
        var words = WordScanner.Scan(name, 0, name.Length);
        var phrase = words.Count == 0 ? null : NameParser.Parse(name, words, 0, words.Count);
        return phrase is null ? name : string.Join(' ', name[phrase.NameStart..phrase.NameEnd].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public Gender GenderOf(string canonical) => _genders.TryGetValue(canonical, out var gender) ? gender : Gender.Unknown;

    /// <summary>The kind of a phrase, with a surname standing alone taking the kind of the full name it belongs to.</summary>
    private NameKind KindOf(NamePhrase phrase)
    {
        // The entity layer decides only what the name's own shape leaves open.
        var entity = phrase.Kind == NameKind.Unknown ? EntityAt(phrase.NameStart, phrase.NameEnd) : null;
        if (entity is not null)
        {
            return entity.Type switch
            {
                EntityType.Person => NameKind.Person,
                EntityType.Org => NameKind.Organisation,
                EntityType.Loc => NameKind.Place,
                _ => phrase.Kind,
            };
        }

        if (phrase.Kind != NameKind.Unknown)
        {
            return phrase.Kind;
        }

        var name = phrase.Name(_index.Text);
        foreach (var other in Phrases)
        {
            if (other.Kind == NameKind.Person && other.WordCount > phrase.WordCount
                && HasPart(_index.Text.AsSpan(other.NameStart, other.NameEnd - other.NameStart), name))
            {
                return NameKind.Person;
            }
        }

        return NameKind.Unknown;
    }

    /// <summary>Gender from titles and given names, else from the first "he"/"she" after a person's mention.</summary>
    private void LearnGenders()
    {
        var votes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var words = _index.Words;
        for (var p = 0; p < Phrases.Count; p++)
        {
            var phrase = Phrases[p];
            if (phrase.Kind != NameKind.Person)
            {
                continue;
            }

            var canonical = Canonical(phrase.Name(_index.Text), NameKind.Person);
            if (phrase.Gender != Gender.Unknown)
            {
                votes[canonical] = votes.GetValueOrDefault(canonical) + (phrase.Gender == Gender.Male ? 10 : -10);
                continue;
            }

            var given = FirstNames.GenderOf(canonical.AsSpan(0, canonical.IndexOf(' ') is var space and > 0 ? space : canonical.Length));
            if (given != Gender.Unknown)
            {
                votes[canonical] = votes.GetValueOrDefault(canonical) + (given == Gender.Male ? 5 : -5);
            }

            var limit = p + 1 < Phrases.Count ? Phrases[p + 1].RunStart : int.MaxValue;
            var start = _index.WordAt(phrase.RunEnd);
            for (var i = start; i < words.Count && i < start + 30 && words[i].Start < limit; i++)
            {
                if (_index.QuoteOf[i] >= 0)
                {
                    continue;
                }

                var vote = Pronouns.GenderOf(_index.Span(i));
                if (vote != Gender.Unknown)
                {
                    votes[canonical] = votes.GetValueOrDefault(canonical) + (vote == Gender.Male ? 1 : -1);
                    break;
                }
            }
        }

        foreach (var (name, vote) in votes)
        {
            _genders[name] = vote > 0 ? Gender.Male : vote < 0 ? Gender.Female : Gender.Unknown;
        }
    }
}
