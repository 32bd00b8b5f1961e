using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>
/// Acts named by a noun with the adjectives of the states that did them: "the Russian and Chinese veto", "the Israeli
/// strikes" (the annotation guide: "if it says 'Israeli airstrikes', it is Israel"). Each state is a source; the
/// target is the act's object ("strikes on Gaza") or, when the act is the agent of a passive, the passive's subject
/// ("The Security Council is paralyzed by the Russian and Chinese veto").
/// </summary>
public sealed partial class EventCoder
{
    private bool TryDemonymAct(Document document, List<WordSpan> words, List<ActorMention> actors, int t, EventPattern[] patterns,
        TextSpan sentence, EventLocation? location, string? date, List<(CodedEvent Event, int Score)> found, HashSet<string> seen)
    {
        var states = new List<ActorMention>();
        var k = t - 1;
        for (; k >= 0; k--)
        {
            if (words[k].Lower == "and" && states.Count > 0)
            {
                continue;
            }

            if (_actors.Lexicon.Find(words[k].Lower) is { Kind: ActorKind.Demonym } entry && entry.Code.Length >= 3
                && CountryTable.Shared.ByIso3(entry.Code[..3]) is { } country)
            {
                states.Insert(0, new ActorMention(k, k + 1, words[k].Start, words[k].End, country.Name, country.Iso3, null) { Surface = country.Name });
                continue;
            }

            break;
        }

        // A determiner makes the trigger a noun: "the Chinese veto", not "Chinese veto a resolution" in a headline.
        if (states.Count == 0 || k < 0 || words[k].Lower is not ("the" or "a" or "an" or "this" or "that" or "their") || InsideQuote(document, words[t].Start))
        {
            return false;
        }

        EventPattern? pattern = null;
        foreach (var candidate in patterns)
        {
            if (!candidate.IsNoun && candidate.Near.Count == 0 && candidate.Particles.Count == 0)
            {
                pattern = candidate;
                break;
            }
        }

        if (pattern is null)
        {
            return false;
        }

        var text = document.Text;
        var clauseEnd = ClauseEnd(text, words, t + 1);
        var targets = After(text, actors, FirstAfterPreposition(words, t, clauseEnd, "on", "against"), clauseEnd, words);
        if (targets.Count == 0 && k > 1 && words[k - 1].Lower == "by" && PassiveBefore(words, k - 1))
        {
            targets = Subject(text, actors, ClauseStart(text, words, k - 1), k - 1, words);
        }

        targets = targets.FindAll(a => !a.IsPlace && !states.Exists(s => SameActor(s, a)));
        if (targets.Count == 0 && !pattern.TargetOptional)
        {
            return false;
        }

        var any = false;
        foreach (var state in states)
        {
            var code = pattern.StateCode ?? pattern.Code;
            foreach (var target in targets.Count == 0 ? [null!] : targets)
            {
                any |= Emit(code, state, target, sentence, words[t], words[t], location, date, found, seen);
            }
        }

        return any;
    }

    /// <summary>"is paralyzed by", "were hit by": a participle after a form of "be" right before the "by".</summary>
    private static bool PassiveBefore(List<WordSpan> words, int by)
    {
        for (var k = by - 1; k >= Math.Max(0, by - 3); k--)
        {
            if (BeForms.Contains(words[k].Lower))
            {
                var participle = words[by - 1].Lower;
                return k < by - 1 && (participle.EndsWith("ed", StringComparison.Ordinal) || participle.EndsWith("en", StringComparison.Ordinal));
            }
        }

        return false;
    }
}
