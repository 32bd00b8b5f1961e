using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Common;

namespace Chronicle.Events.Actors;

/// <summary>
/// Finds actor phrases in a sentence by chunking runs of capitalised words and lexicon phrases (titles, demonyms,
/// role nouns, organisations), linked to the document's entities when the language layer found them.
/// </summary>
internal static class SentenceActors
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "on", "in", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but", "as", "after",
        "before", "during", "since", "while", "when", "if", "this", "that", "these", "those", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "yesterday", "today",
        "tomorrow", "last", "late", "early", "also", "however", "meanwhile", "according", "both", "some", "many", "all",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
        "dr", "more", "most", "one", "two", "three", "no", "not", "earlier", "later", "following", "despite", "although",
        "what", "who", "which", "where", "why", "how", "every", "each", "several", "other", "another", "such", "then",
        "now", "instead", "still", "even", "only", "just", "over", "under", "about", "against", "into", "through",
    };

    private static readonly HashSet<string> Locative = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "from", "across", "outside", "inside", "into", "through", "throughout", "around", "toward",
        "towards", "within", "via",
    };

    // Head nouns of titles that join a chunk without changing its role ("opposition leader Alexei Navalny").
    private static readonly HashSet<string> TitleNouns = new(StringComparer.Ordinal)
    {
        "leader", "leaders", "chief", "head", "commander", "spokesman", "spokeswoman", "spokesperson", "director", "member", "members",
        "secretary", "representative", "representatives", "counterpart", "counterparts", "agents", "units", "personnel", "staff",
    };

    [ThreadStatic]
    private static Document? t_document;

    [ThreadStatic]
    private static ActorCoder? t_coder;

    [ThreadStatic]
    private static Dictionary<List<WordSpan>, List<ActorMention>>? t_found;

    /// <summary>
    /// The actor phrases of a sentence. Event coding asks several times for the same sentence (its acts, reported speech,
    /// quotes, claims), so the last document's results are kept per word list on this thread; callers only read them.
    /// </summary>
    public static List<ActorMention> Find(Document document, List<WordSpan> words, ActorCoder coder, bool capitalisedFallback)
    {
        if (!capitalisedFallback)
        {
            return Scan(document, words, coder, capitalisedFallback);
        }

        var found = t_found ??= new Dictionary<List<WordSpan>, List<ActorMention>>(ReferenceEqualityComparer.Instance);
        if (!ReferenceEquals(t_document, document) || !ReferenceEquals(t_coder, coder))
        {
            found.Clear();
            t_document = document;
            t_coder = coder;
        }

        if (!found.TryGetValue(words, out var result))
        {
            result = Scan(document, words, coder, capitalisedFallback);
            found[words] = result;
        }

        return result;
    }

    private static List<ActorMention> Scan(Document document, List<WordSpan> words, ActorCoder coder, bool capitalisedFallback)
    {
        var text = document.Text;
        var result = new List<ActorMention>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsContent(text, words, i, coder, capitalisedFallback))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            // A possessive joins a following capitalised name ("Russia's Defence Ministry") but not a common noun.
            while (end < words.Count && Adjacent(text, words[end - 1], words[end])
                && (!TextScan.IsPossessive(words[end - 1].Lower) || (words[end].Capitalised && !Stop.Contains(words[end].Lower))))
            {
                if (TitleNouns.Contains(words[end].Lower) && !words[end].Capitalised)
                {
                    end++;
                    continue;
                }

                // "Theresa May", "Gen. June …": a month that follows a capitalised name is part of it.
                if ((IsContent(text, words, end, coder, capitalisedFallback) && !(words[end].Lower == "may" && !words[end].Capitalised))
                    || (words[end].Capitalised && words[end].Lower is "may" or "june" or "april" or "august" && words[end - 1].Capitalised && !Stop.Contains(words[end - 1].Lower)))
                {
                    end++;
                    continue;
                }

                // "Parliament of Iraq", "Ministry of Foreign Affairs", "Secretary of State Mike Pompeo".
                if (words[end].Lower is "of" or "for" && end + 1 < words.Count && Adjacent(text, words[end], words[end + 1]))
                {
                    var next = words[end + 1].Lower == "the" && end + 2 < words.Count ? end + 2 : end + 1;
                    if (words[next].Capitalised && !Stop.Contains(words[next].Lower))
                    {
                        end = next + 1;
                        continue;
                    }
                }

                // "Islamic State of Iraq and the Levant": inside an "of" name, "and" joins a last name part.
                if (words[end].Lower == "and" && end + 1 < words.Count && Contains(words, start, end, "of"))
                {
                    var next = words[end + 1].Lower == "the" && end + 2 < words.Count ? end + 2 : end + 1;
                    if (words[next].Capitalised && coder.Lexicon.LongestAt(words, next, words.Count) is null && (next + 1 >= words.Count || !words[next + 1].Capitalised))
                    {
                        end = next + 1;
                        continue;
                    }
                }

                // Particles inside Arabic and European names: "Bashar al-Assad", "Jean-Yves Le Drian", "bin Salman".
                if (words[end].Lower is "bin" or "al" or "de" or "la" or "van" or "von" or "dela" or "del" && end + 1 < words.Count && words[end + 1].Capitalised)
                {
                    end += 2;
                    continue;
                }

                break;
            }

            // "Multiple assailants attacked …": a capital opening the sentence before a role noun is no name.
            if (end - start > 1 && (start == 0 || IsSentenceStart(text, words, start)) && coder.Lexicon.LongestAt(words, start, start + 1) is null
                && !IsEntityMention(document, words[start].Start, words[start].End) && !words[start + 1].Capitalised
                && coder.Lexicon.LongestAt(words, start + 1, end) is { Entry.Kind: ActorKind.Agent } role && start + 1 + role.Words == end)
            {
                start++;
            }

            var mention = Build(document, words, start, end, coder);
            if (mention is not null && result.Count > 0 && result[^1] is { IsPlace: true } previous && !mention.IsGeneric
                && text.AsSpan(previous.End, mention.Start - previous.End).Trim().SequenceEqual(",")
                && !IsEntityOfType(document, mention.EntityId, EntityType.Person, EntityType.Org))
            {
                // "in London, England": the second name continues the place; a person or organisation after the comma
                // opens the clause ("In California, Judge Bernard Schwartz sentenced …").
                mention = mention with { IsPlace = true };
            }

            if (mention is not null)
            {
                result.Add(mention);
            }

            i = end;
        }

        return result;
    }

    private static bool IsEntityMention(Document document, int start, int end)
    {
        foreach (var entity in document.Entities)
        {
            if (entity.Type == EntityType.Misc)
            {
                continue;
            }

            foreach (var span in entity.Mentions)
            {
                if (span.Start <= start && span.End >= end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(List<WordSpan> words, int start, int end, string lower)
    {
        for (var i = start; i < end; i++)
        {
            if (words[i].Lower == lower)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Adjacent(string text, WordSpan left, WordSpan right)
    {
        for (var k = left.End; k < right.Start; k++)
        {
            if (text[k] != ' ' && text[k] != '\u00A0')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsContent(string text, List<WordSpan> words, int i, ActorCoder coder, bool capitalisedFallback)
    {
        var w = words[i];
        var bare = TextScan.StripPossessive(w.Lower);
        if (coder.Lexicon.LongestAt(words, i, words.Count) is { } match && !Stop.Contains(bare) && (w.Capitalised || match.Entry.Kind != ActorKind.Person))
        {
            // "the accused" is a person; "X accused Y" is a verb.
            if (match.Entry.Phrase == "accused")
            {
                return i > 0 && words[i - 1].Lower == "the";
            }

            // "General Qaani" is a title; "in general" is not an actor.
            if (match.Entry.Phrase == "general" && !w.Capitalised)
            {
                return false;
            }

            return match.Entry.Phrase != "us" || (w.Capitalised && w.Length == 2);
        }

        if (!w.Capitalised || Stop.Contains(bare) || !capitalisedFallback)
        {
            return false;
        }

        // "US-built", "Kurdish-led": a capitalised word turned into an adjective is no name.
        var hyphen = w.Lower.IndexOf('-', StringComparison.Ordinal);
        return hyphen < 0 || hyphen + 1 >= w.Length || !char.IsLower(text[w.Start + hyphen + 1]);
    }

    private static ActorMention? Build(Document document, List<WordSpan> words, int start, int end, ActorCoder coder)
    {
        var text = document.Text;
        var startChar = words[start].Start;
        var endChar = words[end - 1].End;
        if (TextScan.IsPossessive(words[end - 1].Lower))
        {
            endChar -= 2;
        }

        var before = start - 1;
        while (before >= 0 && words[before].Lower is "the" or "a" or "an")
        {
            before--;
        }

        var isPlaceContext = before >= 0 && (Locative.Contains(words[before].Lower) || (words[before].Lower == "of" && before > 0 && words[before - 1].Lower is "front" or "outside" or "city" or "capital"))
            && !(before > 0 && (TitleNouns.Contains(words[before - 1].Lower) || words[before - 1].Lower is "officials" or "delegation" or "envoys" or "diplomats"))
            && !(before > 0 && words[before - 1].Lower is "according" or "belonging" or "reported" or "told" or "spoke" or "talked" or "wrote" or "appealed" or "turned" or "went");

        // Title-led names: "Interior Minister Joachim Brudziński" is named by its proper-name tail.
        // A title-led name is named by its proper-name tail ("US President Donald Trump" → "Donald Trump").
        var nameStart = TrailingName(words, start, end, coder);
        var sawLexicon = false;
        var generic = true;
        var k = start;
        while (k < end)
        {
            if (coder.Lexicon.LongestAt(words, k, end) is { } m)
            {
                sawLexicon = true;
                if (m.Entry.Kind != ActorKind.Agent && m.Entry.Kind != ActorKind.Demonym)
                {
                    generic = false;
                }

                k += m.Words;
                continue;
            }

            if (!TitleNouns.Contains(words[k].Lower))
            {
                generic = false;
            }

            k++;
        }

        // A lone capitalised word opening a sentence is a name only when the language layer says so ("Callamard encouraged …").
        if (!sawLexicon && end - start == 1 && (start == 0 || IsSentenceStart(text, words, start)) && !IsEntityMention(document, startChar, endChar))
        {
            return null;
        }

        // A lone demonym is an adjective ("Iraqi sovereignty"), not an actor; "the Kurds" and "Iraqi police" are.
        if (end - start == 1 && coder.Lexicon.LongestAt(words, start, end) is { Entry.Kind: ActorKind.Demonym } && !words[start].Lower.EndsWith('s'))
        {
            return null;
        }

        var code = coder.Code(words, start, end);
        // The entity that covers most of the name part wins ("US President Donald Trump" → Donald Trump, not US).
        string? entityId = null;
        string? entityName = null;
        var nameChar = words[nameStart].Start;
        var best = 0;
        var bestEnd = 0;
        foreach (var entity in document.Entities)
        {
            foreach (var span in entity.Mentions)
            {
                var overlap = Math.Min(span.End, endChar) - Math.Max(span.Start, nameChar);
                if (overlap > best)
                {
                    best = overlap;
                    bestEnd = span.End;
                    entityId = entity.Id;
                    entityName = entity.Name;
                    code = entity.Actor is { } linked && (code is null || linked.Length >= code.Length) ? linked : code;
                }
            }
        }

        // A demonym before a role noun is an adjective, not a mention of its state ("the Afghan government" acts as
        // the Afghan government, as the annotation guide names it, not as Afghanistan): the phrase stays a description.
        if (generic && entityId is not null && bestEnd <= words[end - 1].Start && !words[end - 1].Capitalised)
        {
            entityId = null;
            entityName = null;
        }

        var partial = false;
        if (entityId is not null && entityName is not null && endChar - nameChar > 2 * entityName.Length && best < (endChar - nameChar) / 2)
        {
            // An entity covering a small part of a long chunk does not name it.
            entityId = null;
            entityName = null;
            partial = true;
        }

        if (end - start <= 2 && !IsEntityOfType(document, entityId, EntityType.Person, EntityType.Person) && coder.Lexicon.LongestAt(words, start, end) is { Entry.Kind: ActorKind.Capital } seat
            && seat.Words == end - start && CountryTable.Shared.ByIso3(seat.Entry.Code[..3]) is { } seatCountry)
        {
            // A capital acting for its state is named as the state ("Athens expelled …" → Greece).
            entityName = seatCountry.Name;
            code = seat.Entry.Code;
        }

        var nameFrom = words[nameStart].Start;
        var name = (entityName ?? text[nameFrom..endChar]).Replace('\u00A0', ' ');
        if (entityName is null && nameStart == start && words[start].Lower == "the")
        {
            name = text[words[start + 1].Start..endChar];
        }

        // A description is named by its head noun with its country words ("several thousand protesters" →
        // "protesters", "Israeli jets" stays): quantities and adjectives are not part of who acted.
        // "United States military forces" is named like a description: the country and the head noun.
        if ((generic || (partial && !words[end - 1].Capitalised)) && entityId is null && end - start > 1 && !ProperName(text, words, start, end))
        {
            name = HeadName(text, words, start, end, coder);
        }

        // "at the protesters" is a target; "at the airport", "in Minsk" are places.
        var isPlace = isPlaceContext && !(generic && entityId is null) && !IsEntityOfType(document, entityId, EntityType.Org, EntityType.Person)
            && !(entityId is null && coder.Lexicon.LongestAt(words, start, end) is { Entry.Kind: ActorKind.Organisation });

        // A named place that is neither a country nor a seat of power is not an actor ("a meeting on Crete").
        if (!isPlace && entityId is not null && code is null && IsPlaceEntity(document, entityId))
        {
            isPlace = true;
        }

        // Police officers act as the police.
        if (generic && entityId is null && words[end - 1].Lower is "officers" or "policemen" or "policeman" or "policewomen" && (end - start == 1 || words[end - 2].Lower is "police" or "the"))
        {
            name = "police";
        }

        // An ambassador or embassy acts for its state: "the Libyan ambassador" is Libya.
        if (generic && entityId is null && words[end - 1].Lower is "ambassador" or "envoy" or "diplomat" or "diplomats" or "embassy"
            && code is { Length: > 3 } && CountryTable.Shared.ByIso3(code[..3]) is { } represented)
        {
            name = represented.Name;
        }
        return new ActorMention(start, end, startChar, endChar, name, code, entityId)
        {
            IsPlace = isPlace,
            IsGeneric = generic && entityId is null,
            Surface = text[startChar..endChar],
        };
    }

    private static bool IsEntityOfType(Document document, string? entityId, EntityType first, EntityType second)
    {
        foreach (var entity in document.Entities)
        {
            if (string.Equals(entity.Id, entityId, StringComparison.Ordinal))
            {
                return entity.Type == first || entity.Type == second;
            }
        }

        return false;
    }

    private static bool IsPlaceEntity(Document document, string entityId)
    {
        foreach (var entity in document.Entities)
        {
            if (string.Equals(entity.Id, entityId, StringComparison.Ordinal))
            {
                return entity.Type == EntityType.Loc;
            }
        }

        return false;
    }

    /// <summary>"Turkish Ministry of Foreign Affairs": capitalised role words after the first make a proper name, kept whole.</summary>
    private static bool ProperName(string text, List<WordSpan> words, int start, int end)
    {
        var capitals = 0;
        for (var k = start; k < end; k++)
        {
            if (words[k].Capitalised && !IsSentenceStart(text, words, k))
            {
                capitals++;
            }
        }

        return capitals >= 2 && words[end - 1].Capitalised;
    }

    private static string HeadName(string text, List<WordSpan> words, int start, int end, ActorCoder coder)
    {
        var parts = new List<string>();
        for (var k = start; k < end - 1; k++)
        {
            if (words[k].Lower is "the" or "a" or "an")
            {
                continue;
            }

            // A capital opening the sentence is not a name ("Multiple assailants"); lexicon words are.
            var kind = coder.Lexicon.LongestAt(words, k, k + 1)?.Entry.Kind;
            if ((words[k].Capitalised && (!IsSentenceStart(text, words, k) || kind == ActorKind.Agent)) || kind is ActorKind.Demonym or ActorKind.Country)
            {
                parts.Add(text[words[k].Start..words[k].End]);
            }
        }

        var last = words[end - 1];
        var lastEnd = TextScan.IsPossessive(last.Lower) ? last.End - 2 : last.End;
        parts.Add(text[last.Start..lastEnd]);
        return string.Join(' ', parts).Replace('\u00A0', ' ');
    }

    /// <summary>Start of the proper name after a title made only of roles, demonyms and title nouns; else the chunk start.</summary>
    private static int TrailingName(List<WordSpan> words, int start, int end, ActorCoder coder)
    {
        var k = start;
        while (k < end)
        {
            if (TitleNouns.Contains(words[k].Lower))
            {
                k++;
                continue;
            }

            if (coder.Lexicon.LongestAt(words, k, end) is { Entry.Kind: ActorKind.Agent or ActorKind.Demonym or ActorKind.Country } m)
            {
                k += m.Words;
                continue;
            }

            break;
        }

        // Nothing but a title, or no title at all: the whole chunk is the name.
        return k > start && k < end && words[k].Capitalised && words[k - 1].Lower is not ("of" or "for") ? k : start;
    }

    private static bool IsSentenceStart(string text, List<WordSpan> words, int index)
    {
        var k = words[index].Start - 1;
        while (k >= 0 && text[k] is ' ' or '"' or '\u201C' or '\'' or '\u2018')
        {
            k--;
        }

        return k < 0 || text[k] is '.' or '\n' or ':' or '!' or '?';
    }

    /// <summary>Entity mentions are enough when the language layer found them; otherwise capitalised runs stand in.</summary>
    public static bool NeedsFallback(ImmutableArray<Entity> entities) => entities.IsDefaultOrEmpty;
}
