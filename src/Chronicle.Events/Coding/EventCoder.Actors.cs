using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;

namespace Chronicle.Events.Coding;

/// <summary>Actor resolution: states, pronouns, coordinated actors, subjects and prepositional objects of a clause.</summary>
public sealed partial class EventCoder
{
    private static bool IsState(string? code) =>
        code is "COP" or "MIL" or "GOV" or "GOVMIL" || code is { Length: >= 3 } && char.IsUpper(code[0]) && !code.StartsWith("IGO", StringComparison.Ordinal) && !code.StartsWith("NGO", StringComparison.Ordinal)
        && !code.StartsWith("IMG", StringComparison.Ordinal) && !code.Contains("REB", StringComparison.Ordinal) && !code.Contains("UAF", StringComparison.Ordinal)
        && !code.Contains("OPP", StringComparison.Ordinal) && !code.Contains("CVL", StringComparison.Ordinal)
        && CountryTable.Shared.ByIso3(code[..3]) is not null
        && (code.Length == 3 || code[3..].StartsWith("GOV", StringComparison.Ordinal) || code[3..].StartsWith("MIL", StringComparison.Ordinal) || code[3..].StartsWith("COP", StringComparison.Ordinal));

    /// <summary>True when the clause's subject is "he" or "she" right before the verb group.</summary>
    private static bool PronounSubject(List<WordSpan> words, int clauseStart, int t)
    {
        for (var k = t - 1; k >= Math.Max(clauseStart, t - 4); k--)
        {
            if (words[k].Lower is "he" or "she")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "They" as the clause's subject right before the verb group stands for the last plural actor named before it:
    /// in this sentence first, else in the sentences before ("They called on Turkey …" after "foreign ministers met …").
    /// </summary>
    private static ActorMention? PluralPronoun(List<WordSpan> words, List<ActorMention> actors, int clauseStart, int t, DocumentActors context, bool agent)
    {
        var they = -1;
        for (var k = t - 1; k >= Math.Max(clauseStart, t - 4); k--)
        {
            if (words[k].Lower == "they")
            {
                they = k;
                break;
            }
        }

        if (they < 0)
        {
            return null;
        }

        ActorMention? antecedent = null;
        foreach (var a in actors)
        {
            if (a.EndWord <= they && IsPluralActor(words, a))
            {
                antecedent = a;
            }
        }

        // The sentence-level value is updated after the sentence, so it still holds the earlier sentences' last group.
        antecedent ??= context.LastPlural;

        // Victims and bystanders are what "they" suffer, not who acts ("they stated arrests were made" is the police).
        return antecedent is null || (agent && (antecedent.Code is null || antecedent.Code.Contains("CVL", StringComparison.Ordinal)))
            ? null
            : new ActorMention(-1, -1, words[they].Start, words[they].Start, antecedent.Name, antecedent.Code, antecedent.EntityId)
            {
                IsGeneric = antecedent.IsGeneric,
                Surface = antecedent.Surface,
            };
    }

    /// <summary>The actor after "attacks on" / "strike against" earlier in the sentence, for a passive act without a patient.</summary>
    private static ActorMention? AttackedEarlier(List<WordSpan> words, List<ActorMention> actors, int t)
    {
        foreach (var a in actors)
        {
            if (a.FirstWord < 2 || a.FirstWord >= t || a.IsPlace)
            {
                continue;
            }

            var on = a.FirstWord - 1;
            if (words[on].Lower == "the" && on > 1)
            {
                on--;
            }

            if (words[on].Lower is "on" or "against" && EventNouns.TryGetValue(words[on - 1].Lower, out var kind) && kind == "violence")
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>A described group with a plural head ("protesters", "Turkish forces", "police"), never a person or place.</summary>
    private static bool IsPluralActor(List<WordSpan> words, ActorMention a)
    {
        if (!a.IsGeneric || a.IsPlace || a.FirstWord < 0 || a.EndWord > words.Count || a.EndWord <= a.FirstWord)
        {
            return false;
        }

        var head = words[a.EndWord - 1].Lower;
        return head is "police" or "people" or "military" || (head.Length > 3 && head[^1] == 's' && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("us", StringComparison.Ordinal));
    }

    /// <summary>The person entity mentioned last before <paramref name="position"/>: the usual antecedent of "he"/"she".</summary>
    private static ActorMention? PreviousPerson(Document document, int position)
    {
        Entity? best = null;
        var bestEnd = -1;
        foreach (var entity in document.Entities)
        {
            if (entity.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var span in entity.Mentions)
            {
                if (span.End <= position && span.End > bestEnd)
                {
                    best = entity;
                    bestEnd = span.End;
                }
            }
        }

        return best is null || position - bestEnd > 600
            ? null
            : new ActorMention(-1, -1, bestEnd, bestEnd, best.Name, best.Actor, best.Id) { Surface = best.Name };
    }

    private bool IsCountryName(ActorMention a) =>
        _actors.Lexicon.Find(a.Surface.ToLowerInvariant()) is { Kind: ActorKind.Country };

    private static bool IsPlatform(string name) =>
        name is "Twitter" or "Facebook" or "Instagram" or "Telegram" or "YouTube" or "TikTok" or "WhatsApp" or "X";

    private static bool SameActor(ActorMention a, ActorMention b) =>
        (a.EntityId is not null && a.EntityId == b.EntityId) || string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static bool IsPassive(List<WordSpan> words, int t, int clauseStart, EventPattern pattern)
    {
        if (!pattern.Participles.Contains(words[t].Lower))
        {
            return false;
        }

        for (var k = t - 1; k >= Math.Max(clauseStart, t - 3); k--)
        {
            if (BeForms.Contains(words[k].Lower))
            {
                return true;
            }

            if (!words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && words[k].Lower is not ("also" or "reportedly" or "allegedly" or "later" or "then" or "gang"))
            {
                return false;
            }
        }

        // "… were hit by drone strikes", "a jet shot down by …": a participle directly followed by "by".
        return t + 1 < words.Count && words[t + 1].Lower == "by";
    }

    private static int ClauseStart(string text, List<WordSpan> words, int t)
    {
        for (var k = t - 1; k >= 0; k--)
        {
            if (HasBoundary(text, words[k].End, words[k + 1].Start))
            {
                return k + 1;
            }

            var w = words[k].Lower;
            if (w is "which" or "who" && text.AsSpan(words[k].End, words[t].Start - words[k].End).Contains(','))
            {
                // "X, which is linked to Y, claimed …": a closed relative clause; the subject is before it.
                continue;
            }

            // "United States" is a name, not "states" the speech verb.
            var speech = SpeechVerbs.Contains(w) && k < t - 1 && !words[k].Capitalised;
            if (ClauseWords.Contains(w) || speech || (k == 0 && w == "as"))
            {
                // "Before the jet crashed, Iran launched …": a fronted subordinate clause ends at its comma (after a
                // speech verb a comma opens an apposition instead: "NPR reported X, the prime minister, recommended").
                if (k <= 4 && w != "that" && !speech)
                {
                    for (var c = t - 1; c > k; c--)
                    {
                        if (text.AsSpan(words[c - 1].End, words[c].Start - words[c - 1].End).Contains(','))
                        {
                            return c;
                        }
                    }
                }

                return k + 1;
            }
        }

        return 0;
    }

    private static int ClauseEnd(string text, List<WordSpan> words, int from)
    {
        // "investigating whether …": a question clause is the object, not a place to look for the target.
        if (from < words.Count && words[from].Lower is "whether" or "if")
        {
            return from;
        }

        for (var k = from; k < words.Count; k++)
        {
            if (k > from && HasBoundary(text, words[k - 1].End, words[k].Start))
            {
                return k;
            }

            if (k > from && (ClauseWords.Contains(words[k].Lower) && words[k].Lower != "that" || words[k].Lower is "which" or "who"))
            {
                return k;
            }

            if (k > from + 15)
            {
                return k;
            }

            if (k > from && words[k].Lower == "according")
            {
                return k;
            }

            // "…, his spokesman said": a trailing attribution is not part of the clause.
            if (k > from && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(',')
                && (SpeechVerbs.Contains(words[k].Lower) || (k + 1 < words.Count && SpeechVerbs.Contains(words[k + 1].Lower)) || (k + 2 < words.Count && SpeechVerbs.Contains(words[k + 2].Lower))))
            {
                return k;
            }

            // "condemned the attack and called on …": a second coordinated verb starts a new clause.
            if (k > from && words[k].Lower == "and" && k + 1 < words.Count && (words[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) || words[k + 1].Lower is "said" or "told" or "urged"))
            {
                return k;
            }
        }

        return words.Count;
    }

    private static bool HasBoundary(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is ';' or ':' or '\u2014' or '\u2013' or '(' or ')' or '"' or '\u201C' or '\u201D')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clause's subject: its first actor, with actors coordinated to it ("Russia and Iran").</summary>
    private static List<ActorMention> Subject(string text, List<ActorMention> actors, int clauseStart, int t, List<WordSpan> words)
    {
        // The first actor of the clause that is not the object of a preposition ("On Wednesday during the opening of
        // the X pipeline, Turkish president Erdoğan called …") nor a possessive modifier ("Chelyabinsk's governor").
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.FirstWord < clauseStart || a.EndWord > t)
            {
                continue;
            }

            if (AfterPreposition(text, words, a.FirstWord, clauseStart)
                || (IsCityModifier(a) && a.EndWord < t && !words[a.EndWord].Capitalised && !Auxiliaries.Contains(words[a.EndWord].Lower)
                    && !words[a.EndWord].Lower.EndsWith("ly", StringComparison.Ordinal) && !words[a.EndWord].Lower.EndsWith("ed", StringComparison.Ordinal))
                || (TextScan.IsPossessive(words[a.EndWord - 1].Lower) && i + 1 < actors.Count && actors[i + 1].FirstWord == a.EndWord && actors[i + 1].EndWord <= t))
            {
                // "According to the mayor, Dee Margo, police …": the apposition of a skipped phrase is skipped too.
                while (i + 1 < actors.Count && actors[i + 1].EndWord <= t && text.AsSpan(actors[i].End, actors[i + 1].Start - actors[i].End).Trim().SequenceEqual(",")
                    && actors[i + 1].End < text.Length && text[actors[i + 1].End] == ',')
                {
                    i++;
                }

                continue;
            }

            // "representatives from Iran", "officials of the ministry": a description that a named actor follows speaks for it.
            if (a.IsGeneric && i + 1 < actors.Count && actors[i + 1].EndWord <= t && !actors[i + 1].IsGeneric && actors[i + 1].FirstWord == a.EndWord + 1
                && words[a.EndWord].Lower is "from" or "of" && words[a.EndWord - 1].Lower is "representatives" or "officials" or "delegates" or "envoys" or "diplomats")
            {
                return [actors[i + 1]];
            }

            return Coordinated(text, actors, a, t);
        }

        return [];
    }

    /// <summary>True when the phrase at <paramref name="first"/> follows a preposition (articles and adjectives skipped).</summary>
    private static bool AfterPreposition(string text, List<WordSpan> words, int first, int clauseStart)
    {
        // Inside "according to witness accounts and authorities, …" every phrase is a source of the report, not an actor.
        for (var k = first - 1; k >= clauseStart && k >= first - 8; k--)
        {
            if (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Contains(','))
            {
                break;
            }

            if (words[k].Lower == "according")
            {
                return true;
            }
        }

        for (var k = first - 1; k >= clauseStart && k >= first - 3; k--)
        {
            var w = words[k].Lower;
            if (Prepositions.Contains(w))
            {
                // "A number of journalists", "thousands of protesters": a quantity, not a preposition phrase.
                return !(w == "of" && k > 0 && Quantities.Contains(words[k - 1].Lower));
            }

            if (w is not ("the" or "a" or "an"))
            {
                return false;
            }
        }

        return false;
    }

    private static List<ActorMention> After(string text, List<ActorMention> actors, int from, int to, List<WordSpan> words, Document? document = null, bool facilities = false)
    {
        foreach (var a in actors)
        {
            if (a.FirstWord > from && (words[a.FirstWord - 1].Lower is "via" or "over" or "about" or "than" or "under"
                || (words[a.FirstWord - 1].Lower == "on" && a.Name is "Twitter" or "Facebook" or "Instagram" or "Telegram" or "YouTube" or "X")))
            {
                continue;
            }

            if (IsPlatform(a.Name))
            {
                continue;
            }

            // "a military offensive", "the police checkpoint": a role word used as a modifier is no actor — except that
            // an attack on a police checkpoint or an army base is an attack on the police or the army.
            if (a.IsGeneric && a.EndWord - a.FirstWord == 1 && a.EndWord < words.Count && !words[a.EndWord].Capitalised
                && !(facilities && Facilities.Contains(words[a.EndWord].Lower))
                && string.IsNullOrWhiteSpace(text[a.End..words[a.EndWord].Start])
                && char.IsLetter(words[a.EndWord].Lower[0]) && !words[a.EndWord].Lower.EndsWith("ed", StringComparison.Ordinal)
                && words[a.EndWord].Lower is not ("and" or "or" or "who" or "which" or "that" or "yesterday" or "today" or "tonight" or "overnight" or "again" or "earlier" or "later" or "last" or "this" or "were" or "was" or "are" or "is" or "had" or "have" or "has" or "will" or "would" or "could" or "can" or "may" or "must" or "should" or "a" or "an" or "the" or "his" or "her" or "their" or "its" or "each" or "every")
                && !words[a.EndWord].Lower.EndsWith("ly", StringComparison.Ordinal) && !Prepositions.Contains(words[a.EndWord].Lower)
                && !(document is not null && PosAt(document, words[a.EndWord].Start) is { } pos && pos.StartsWith('V')))
            {
                continue;
            }

            if (a.FirstWord >= from && a.EndWord <= to)
            {
                return Coordinated(text, actors, a, to);
            }
        }

        return [];
    }

    private static List<ActorMention> Coordinated(string text, List<ActorMention> actors, ActorMention first, int limitWord)
    {
        var result = new List<ActorMention> { first };
        var index = actors.IndexOf(first);
        var last = first;
        for (var i = index + 1; i < actors.Count; i++)
        {
            var next = actors[i];
            if (next.EndWord > limitWord)
            {
                break;
            }

            var gap = text[last.End..next.Start].Replace("'s", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
            if (gap is "and" or "," or ", and" or "and the" or ", and the" or "or" or "as well as" or "and both")
            {
                result.Add(next);
                last = next;
                continue;
            }

            break;
        }

        // "The mayor of London, Sadiq Khan, …": a comma with no "and" is an apposition — keep the named form.
        if (result.Count > 1 && !text[first.Start..result[^1].End].Contains(" and ", StringComparison.Ordinal) && !text[first.Start..result[^1].End].Contains(" or ", StringComparison.Ordinal))
        {
            var named = result.Find(a => !a.IsGeneric && char.IsUpper(a.Name[0]) && !char.IsLower(text[a.Start])) ?? first;
            return [named];
        }

        return result;
    }

    private static int FirstAfterPreposition(List<WordSpan> words, int t, int clauseEnd, params string[] prepositions)
    {
        for (var k = t + 1; k < Math.Min(clauseEnd, t + 4); k++)
        {
            if (prepositions.Contains(words[k].Lower))
            {
                return k + 1;
            }
        }

        return int.MaxValue;
    }

    private static List<ActorMention> NounSource(string text, List<WordSpan> words, List<ActorMention> actors, int t, int clauseEnd)
    {
        // "the US airstrike", "Turkey's offensive": an actor right before the noun; else "by X" after it.
        foreach (var a in actors)
        {
            // "a Kabul car bombing": a city before the noun says where, not who.
            if ((a.EndWord == t || (a.EndWord == t - 1 && words[t - 1].Lower is "military" or "drone" or "air" or "rocket" or "car" or "suicide"))
                && !IsCityModifier(a))
            {
                return [a];
            }
        }

        for (var k = t + 1; k < Math.Min(clauseEnd, t + 6); k++)
        {
            // "… by the Taliban", "another attack ascribed to the Taliban".
            if (words[k].Lower == "by" || (words[k].Lower == "to" && words[k - 1].Lower is "ascribed" or "attributed")
                || (words[k].Lower == "from" && words[t].Lower.StartsWith("condemnation", StringComparison.Ordinal)))
            {
                return After(text, actors, k + 1, Math.Min(clauseEnd, k + 8), words);
            }
        }

        return [];
    }

    /// <summary>A capital used as a place name before a noun ("a Kabul car bombing"); seats of power named as such keep acting.</summary>
    private static bool IsCityModifier(ActorMention a) =>
        a.Code is { } code && code.EndsWith("GOV", StringComparison.Ordinal) && !string.Equals(a.Name, a.Surface, StringComparison.Ordinal)
        && !a.Surface.Contains(' ', StringComparison.Ordinal) && !a.Surface.StartsWith("the", StringComparison.OrdinalIgnoreCase)
        && a.Surface is not ("Kremlin" or "Pentagon" or "Elysee" or "Élysée" or "Whitehall");
}
