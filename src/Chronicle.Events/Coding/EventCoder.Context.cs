using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;
using Chronicle.Events.Tone;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>Labels, locations, dates and what earlier sentences tell about doers and targets.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// "called the stabbing “an act of inexplicable barbarity”", "characterized the attack as “a serious violation”": a
    /// quoted label that is not praise disapproves (111) of the labelled actor, or of whoever did the labelled act.
    /// </summary>
    private static bool TryLabel(Document document, List<WordSpan> words, List<ActorMention> actors, int t, TextSpan sentence,
        EventLocation? location, string? date, List<(CodedEvent Event, int Score)> found, HashSet<string> seen, DocumentActors context)
    {
        var text = document.Text;
        var quoteAt = -1;
        for (var k = t + 1; k < Math.Min(words.Count, t + 8); k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (gap.IndexOfAny("\"\u201C") >= 0)
            {
                quoteAt = k;
                break;
            }
        }

        if (quoteAt < 0)
        {
            return false;
        }

        // The label itself must not be praise.
        var valence = 0;
        for (var k = quoteAt; k < Math.Min(words.Count, quoteAt + 12); k++)
        {
            valence += ToneLexicon.Shared.Valence(words[k].Lower);
            if (text.AsSpan(words[k].End, Math.Min(text.Length, words[k].End + 1) - words[k].End).IndexOfAny("\"\u201D") >= 0)
            {
                break;
            }
        }

        if (valence > 0)
        {
            return false;
        }

        var clauseStart = ClauseStart(text, words, t);
        var sources = Subject(text, actors, clauseStart, t, words);
        if (sources.Count == 0)
        {
            sources = Subject(text, actors, 0, t, words);
        }

        if (sources.Count == 0)
        {
            return false;
        }

        ActorMention? target = null;
        foreach (var a in actors)
        {
            if (a.FirstWord > t && a.EndWord <= quoteAt && !a.IsPlace)
            {
                target = a;
                break;
            }
        }

        if (target is null)
        {
            // "calling it …" points back to the act named earlier in the sentence.
            var noun = words[t + 1].Lower == "it" ? EventNounAt(words, 0, t) : EventNounAt(words, t + 1, quoteAt);
            if (noun is not null)
            {
                target = Doer(found, noun, sentence.Start)
                    ?? (noun == "violence" && context.Perpetrator is { } perpetrator
                        ? new ActorMention(-1, -1, words[t].Start, words[t].Start, perpetrator.Name, perpetrator.Actor, perpetrator.Id)
                        : null);
            }
        }

        if (target is null)
        {
            return false;
        }

        var source = context.Resolve(sources[0], words) ?? sources[0];
        target = context.Resolve(target, words) ?? target;
        return !SameActor(source, target) && Emit("111", source, target, sentence, words[t], words[t], location, date, found, seen);
    }

    /// <summary>A state's own officials do not accuse or threaten their own state: "the U.S." in a Pentagon statement is the speaker's side.</summary>
    private static bool SameState(ActorMention target, ActorMention speaker) =>
        target.Code is { Length: >= 3 } t && speaker.Code is { Length: >= 3 } s && string.Equals(t[..3], s[..3], StringComparison.Ordinal)
        && CountryTable.Shared.ByIso3(t[..3]) is not null;

    private static bool IsPolitical(string? code) =>
        code is { Length: >= 3 } && (code.Contains("GOV", StringComparison.Ordinal) || code.Contains("MIL", StringComparison.Ordinal)
            || code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal) || code.Contains("REB", StringComparison.Ordinal)
            || code.Contains("LEG", StringComparison.Ordinal) || code.Contains("OPP", StringComparison.Ordinal) || code.Length == 3 && CountryTable.Shared.ByIso3(code) is not null);

    private static bool InsideQuote(Document document, int position)
    {
        foreach (var quote in document.Quotes)
        {
            if (quote.Direct && quote.Span.Start <= position && position < quote.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsMinorPlace(Document document, ActorMention a)
    {
        if (a.EntityId is null || IsCountryName(a) || _actors.Lexicon.Find(a.Surface.ToLowerInvariant()) is { Kind: ActorKind.Capital })
        {
            return false;
        }

        foreach (var entity in document.Entities)
        {
            if (string.Equals(entity.Id, a.EntityId, StringComparison.Ordinal))
            {
                return entity.Type == EntityType.Loc;
            }
        }

        return false;
    }

    /// <summary>The part-of-speech tag of the token starting at <paramref name="start"/>, when the language layer tagged it.</summary>
    private static string? PosAt(Document document, int start)
    {
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = tokens[mid].Span.Start;
            if (at == start)
            {
                return tokens[mid].Pos;
            }

            if (at < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>True when the sentence already gave <paramref name="speaker"/> an event: what they said restates it.</summary>
    private static bool HasEventOf(List<(CodedEvent Event, int Score)> found, TextSpan sentence, ActorMention speaker)
    {
        foreach (var (ev, _) in found)
        {
            if (ev.Span.Start == sentence.Start && ev.Source is { } source
                && ((speaker.EntityId is not null && speaker.EntityId == source.Entity) || string.Equals(speaker.Name, source.Name, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static CodedEvent? LastInSentence(List<(CodedEvent Event, int Score)> found, TextSpan sentence) =>
        found.Count > 0 && found[^1].Event.Span.Start == sentence.Start ? found[^1].Event : null;

    /// <summary>"him"/"her" right after the trigger or after "against".</summary>
    private static int? ObjectPronoun(List<WordSpan> words, int from, int to)
    {
        for (var k = from; k < Math.Min(to, from + 4); k++)
        {
            if (words[k].Lower is "him" or "her" or "them")
            {
                return k == from || words[k - 1].Lower is "against" or "on" or "at" ? k : null;
            }
        }

        return null;
    }

    /// <summary>The kind of act a noun names, when one of <paramref name="from"/>..<paramref name="to"/> is such a noun after a determiner.</summary>
    private static string? EventNounAt(List<WordSpan> words, int from, int to)
    {
        for (var k = Math.Max(1, from); k < Math.Min(to, words.Count); k++)
        {
            var previous = words[k - 1].Lower;
            if (previous is not ("the" or "this" or "that" or "its" or "his" or "her" or "their" or "these" or "those") && !TextScan.IsPossessive(previous))
            {
                continue;
            }

            var kind = EventNouns.GetValueOrDefault(words[k].Lower);
            if (kind is not null)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The source of the latest earlier event of the kind a noun names ("the attack" → the attacker).</summary>
    private static ActorMention? Doer(List<(CodedEvent Event, int Score)> found, string kind, int before)
    {
        // "The attack" is the story's main act, told first; "the request" or "the decision" the latest one.
        var violence = kind == "violence";
        for (var n = 0; n < found.Count; n++)
        {
            var i = violence ? n : found.Count - 1 - n;
            var ev = found[i].Event;
            if (ev.Source is not { } source || ev.Span.Start > before)
            {
                continue;
            }

            var root = ev.Code[..2];
            var fits = kind switch
            {
                "violence" => root is "18" or "19" or "20" || ev.Code == "175",
                "appeal" => root is "02" or "10",
                "agreement" => root is "03" or "05" or "06",
                _ => root is "01" or "03" or "08" or "15" or "16" or "17" or "19",
            };
            if (fits)
            {
                return new ActorMention(-1, -1, ev.Span.Start, ev.Span.Start, source.Name, source.Code, source.Entity);
            }
        }

        return null;
    }

    /// <summary>"to arrest", "to be arrested", "to find and arrest": the trigger is the verb of an infinitive.</summary>
    private static bool IsInfinitive(List<WordSpan> words, int to, int t, EventPattern pattern) =>
        to == t - 1 || (to == t - 2 && words[t - 1].Lower is "be" or "have") || (to == t - 3 && words[t - 1].Lower == "and" && pattern.Lemmas.Contains(words[t].Lower));

    /// <summary>Who arrests or sentences when a passive leaves the agent out: police detain, courts sentence.</summary>
    private static (string Name, string Code)? ImpliedAgent(string trigger, List<WordSpan> words, int t)
    {
        if (trigger.StartsWith("arrest", StringComparison.Ordinal) || trigger.StartsWith("detain", StringComparison.Ordinal))
        {
            return ("police", "COP");
        }

        if (trigger.StartsWith("sentenc", StringComparison.Ordinal) || trigger.StartsWith("jail", StringComparison.Ordinal)
            || trigger.StartsWith("imprison", StringComparison.Ordinal) || trigger.StartsWith("convict", StringComparison.Ordinal)
            || (trigger == "found" && t + 1 < words.Count && words[t + 1].Lower == "guilty"))
        {
            return ("court", "JUD");
        }

        return null;
    }

    private static List<ActorMention> ReportingAuthority(List<WordSpan> words, List<ActorMention> actors, int t)
    {
        for (var k = t - 1; k >= 0; k--)
        {
            if (SpeechVerbs.Contains(words[k].Lower))
            {
                foreach (var a in actors)
                {
                    if (a.EndWord <= k && a.Code is { } code && (code.Contains("COP", StringComparison.Ordinal) || code.Contains("GOV", StringComparison.Ordinal) || code.Contains("JUD", StringComparison.Ordinal)))
                    {
                        return [a];
                    }
                }

                break;
            }
        }

        return [];
    }

    private static EventLocation? LocationOf(Document document, List<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (!m.IsPlace)
            {
                continue;
            }

            var entity = m.EntityId is null ? null : document.Entities.FirstOrDefault(e => e.Id == m.EntityId);
            if (entity?.Geo is { } geo)
            {
                var us = string.Equals(geo.CountryCode, "US", StringComparison.Ordinal) || string.Equals(entity.Country, "USA", StringComparison.Ordinal);
                var type = geo.Precision switch
                {
                    "country" => 1,
                    "region" => us ? 2 : 5,
                    _ => us ? 3 : 4,
                };
                return new EventLocation(entity.Name, geo.CountryCode ?? entity.Country, geo.Lat, geo.Lon, type, entity.Id);
            }

            if (m.Code is { Length: 3 } country)
            {
                return new EventLocation(m.Surface, country, null, null, 1, m.EntityId);
            }

            if (m.Code is { Length: 6 } capital && capital.EndsWith("GOV", StringComparison.Ordinal))
            {
                return new EventLocation(m.Surface, capital[..3], null, null, capital.StartsWith("USA", StringComparison.Ordinal) ? 3 : 4, m.EntityId);
            }
        }

        return null;
    }

    private static string? DateOf(string? published) =>
        published is { Length: >= 10 } && published[4] == '-' ? published[..10] : null;
}
