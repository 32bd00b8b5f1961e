using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>Reads one clause around a trigger: its subject and objects, passive voice, negation, modality and threats, and emits the events.</summary>
public sealed partial class EventCoder
{
    private bool TryCode(Document document, List<WordSpan> words, List<ActorMention> actors, int t, int triggerEnd, EventPattern pattern,
        TextSpan sentence, EventLocation? location, string? date, List<(CodedEvent Event, int Score)> found, HashSet<string> seen, DocumentActors context)
    {
        var text = document.Text;
        var clauseStart = ClauseStart(text, words, t);
        var code = pattern.Code;

        // "the statement demonstrates a …": with a direct object these verbs mean "show", not protest.
        if (code.StartsWith("14", StringComparison.Ordinal) && triggerEnd < words.Count && words[triggerEnd].Lower is "a" or "an" or "the" or "that" or "its" or "their" or "his" or "her" or "how")
        {
            return false;
        }

        // "events where four or more people are killed": a present passive in a where/whenever clause defines, it reports nothing.
        if (t > 1 && words[t - 1].Lower is "are" or "is")
        {
            for (var k = t - 2; k >= Math.Max(0, t - 8); k--)
            {
                if (words[k].Lower is "where" or "whenever")
                {
                    return false;
                }
            }
        }

        // Negation and modality: look at the words between the clause start and the trigger, nearest first.
        var threatened = false;
        for (var k = t - 1; k >= Math.Max(clauseStart, t - 4); k--)
        {
            var w = words[k].Lower;
            if (Negators.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal))
            {
                return false;
            }

            if (w == "to" && k > 0)
            {
                var governor = words[k - 1].Lower;
                if (ThreatVerbs.Contains(governor) || (k > 1 && ThreatVerbs.Contains(words[k - 2].Lower)))
                {
                    threatened = true;
                    break;
                }

                if (IntentVerbs.Contains(governor) || (k > 1 && IntentVerbs.Contains(words[k - 2].Lower)))
                {
                    return false;
                }

                // "to ask authorities to find and arrest a person": an infinitive names a purpose, not a done act
                // (cooperation is different: "agreed to cooperate" is the agreement).
                if (!pattern.IsNoun && code[0] != '0' && IsInfinitive(words, k, t, pattern))
                {
                    return false;
                }
            }

            if (Modals.Contains(w))
            {
                if (k > 0 && ThreatVerbs.Contains(words[Math.Max(clauseStart, k - 3)].Lower))
                {
                    threatened = true;
                    break;
                }

                return false;
            }
        }

        if (threatened)
        {
            code = ThreatCode(code);
        }

        // "claimed he was wrongfully imprisoned", "alleged the accused performed …": acts someone only claims are not coded.
        for (var k = t - 1; k >= Math.Max(0, t - 8); k--)
        {
            if (HedgeVerbs.Contains(words[k].Lower) && k + 1 < words.Count && words[k + 1].Lower is not ("responsibility" or "credit"))
            {
                return false;
            }
        }

        var passive = !pattern.IsNoun && IsPassive(words, t, clauseStart, pattern);
        List<ActorMention> sources;
        List<ActorMention> targets;
        var clauseEnd = ClauseEnd(text, words, triggerEnd);
        if (pattern.IsNoun && code.StartsWith("14", StringComparison.Ordinal))
        {
            // "anti-government protests": protesters against the government the modifier names.
            if (t == 0 || !words[t - 1].Lower.StartsWith("anti-", StringComparison.Ordinal) || words[t - 1].Lower.Length < 8)
            {
                return false;
            }

            var against = words[t - 1].Lower[5..];
            var againstCode = _actors.Lexicon.Find(against)?.Code;
            sources = [new ActorMention(-1, -1, words[t].Start, words[t].Start, "protesters", "OPP", null) { IsGeneric = true, Surface = "protesters" }];
            targets = againstCode is null ? [] : [new ActorMention(-1, -1, words[t - 1].Start, words[t - 1].Start, against, againstCode, null) { IsGeneric = true, Surface = against }];
            if (targets.Count == 0)
            {
                return false;
            }
        }
        else if (pattern.IsNoun)
        {
            sources = NounSource(text, words, actors, t, clauseEnd);
            targets = After(text, actors, FirstAfterPreposition(words, t, clauseEnd, "on", "against", "of", "targeting", "killed", "killing"), clauseEnd, words);
            if (targets.Count == 0 && sources.Count > 0 && sources[0].FirstWord > t && AttackedEarlier(words, actors, t) is { } attackedBefore)
            {
                // "rocket attacks on the embassy; … the rocket strikes were carried out by X".
                targets = [attackedBefore];
            }

            // "another attack ascribed to the Taliban": an attribution names the act even without a target.
            if (sources.Count == 0 || (targets.Count == 0 && !(sources[0].FirstWord > t)))
            {
                return false;
            }
        }
        else if (passive)
        {
            var by = -1;
            for (var k = triggerEnd; k < Math.Min(clauseEnd, triggerEnd + 4); k++)
            {
                if (words[k].Lower == "by")
                {
                    by = k + 1;
                    break;
                }
            }

            sources = by >= 0 ? After(text, actors, by, Math.Min(clauseEnd, by + 8), words) : [];
            // "she was gang raped by …": a word fused with the verb is not its patient.
            targets = Subject(text, actors, clauseStart, t, words).FindAll(a => a.EndWord < t);
            if (targets.Count == 0 && clauseStart > 0)
            {
                // "Journalists were injured after being attacked by protesters": the patient is the main clause's subject.
                targets = Subject(text, actors, 0, clauseStart, words);
            }

            if (targets.Count == 0 && PronounSubject(words, clauseStart, t) && PreviousPerson(document, words[clauseStart].Start) is { } patient)
            {
                // "He was imprisoned in 2018": the pronoun is the last person named.
                targets = [patient];
            }

            if (targets.Count == 0 && code[0] is '1' or '2' && code[1] is '8' or '9' or '0' && AttackedEarlier(words, actors, t) is { } attacked)
            {
                // "rocket attacks on the embassy; … the strikes were carried out by X": the act's target was named before.
                targets = [attacked];
            }

            if (targets.Count == 0 && PluralPronoun(words, actors, clauseStart, t, context, agent: false) is { } patients)
            {
                // "They were arrested": the last plural actor.
                targets = [patients];
            }

            if (sources.Count == 0 && (code.StartsWith("17", StringComparison.Ordinal) || code == "116"))
            {
                // "X announced that 337 users were arrested": the authorities reporting arrests made them; an
                // official reporting them speaks for the police (arrests) or the courts (sentences).
                sources = ReportingAuthority(words, actors, t);
                if ((sources.Count == 0 || !sources[0].IsGeneric) && targets.Count > 0 && ImpliedAgent(words[t].Lower, words, t) is { } agent)
                {
                    sources = [new ActorMention(-1, -1, words[t].Start, words[t].Start, agent.Name, agent.Code, null) { IsGeneric = true, Surface = agent.Name }];
                }
            }
        }
        else
        {
            sources = Subject(text, actors, clauseStart, t, words);
            if (sources.Count == 0 && clauseStart > 0 && words[clauseStart - 1].Lower is "who" or "which" or "that")
            {
                // "the Taliban, who attacked …": the relative pronoun's antecedent is the subject.
                sources = actors.Where(a => a.EndWord == clauseStart - 1).Take(1).ToList();
            }

            if (sources.Count == 0 && PronounSubject(words, clauseStart, t) && PreviousPerson(document, words[clauseStart].Start) is { } person)
            {
                sources = [person];
            }

            if (sources.Count == 0 && PluralPronoun(words, actors, clauseStart, t, context, agent: true) is { } plural)
            {
                sources = [plural];
            }

            // "Iran issued warrants … and demanded from Interpol …": a coordinated verb shares the subject of the act before it.
            if (t > 0 && words[t - 1].Lower == "and" && LastInSentence(found, sentence) is { Source: { } shared })
            {
                sources = [new ActorMention(-1, -1, words[t].Start, words[t].Start, shared.Name, shared.Code, shared.Entity)];
            }

            var violent = code[0] == '1' && code[1] is '8' or '9' || code[0] == '2';
            targets = After(text, actors, triggerEnd, pattern.Particles.Count > 0 && words[triggerEnd - 1].Lower is "on" or "upon" ? Math.Min(clauseEnd, triggerEnd + 3) : clauseEnd, words, document, violent);
            if (code.StartsWith("07", StringComparison.Ordinal))
            {
                // "providing airstrikes with the Royal Saudi Air Force": a partner after "with" is not the recipient.
                targets = targets.FindAll(a => a.FirstWord < 2 || !(words[a.FirstWord - 1].Lower == "with" || (words[a.FirstWord - 1].Lower == "the" && words[a.FirstWord - 2].Lower == "with")));
            }

            if (targets.Count == 0 && clauseEnd == triggerEnd && clauseEnd + 2 < words.Count && words[clauseEnd].Lower == "and")
            {
                // "police fired and landed a live round on a protester": coordinated verbs share their object.
                targets = After(text, actors, clauseEnd + 2, ClauseEnd(text, words, clauseEnd + 2), words, document);
            }

            // A pronoun right after the verb is its object, ahead of any actor later in the clause ("accuses him of
            // publishing documents related to his WikiLeaks work").
            if (ObjectPronoun(words, triggerEnd, clauseEnd) is { } pronounAt && (targets.Count == 0 || (pronounAt == triggerEnd && targets[0].FirstWord > pronounAt)))
            {
                // "shot him dead", "charges against him": the pronoun is the last person named; "fired tear gas at
                // them" in a protest story, the protesters.
                // In a crime story "shot him dead" / "charges against him" is the perpetrator.
                var forcible = code[0] == '1' && code[1] is '7' or '8' or '9';
                var referent = words[pronounAt].Lower == "them"
                    ? context.Group is { } group ? new ActorMention(-1, -1, words[pronounAt].Start, words[pronounAt].Start, group, "OPP", null) { IsGeneric = true, Surface = group } : null
                    : forcible && context.Perpetrator is { } culprit
                        ? new ActorMention(-1, -1, words[pronounAt].Start, words[pronounAt].Start, culprit.Name, culprit.Actor, culprit.Id)
                        : PreviousPerson(document, words[pronounAt].Start);
                if (referent is not null)
                {
                    targets = [referent];
                }
            }

            if ((targets.Count == 0 || targets[0].FirstWord > triggerEnd + 2) && !(code[0] == '1' && code[1] is '4' or '5' or '7' or '8' or '9') && code[0] != '2')
            {
                // "condemned the attack": the act named by the object stands for whoever did it.
                // "called for an investigation into the shooting": appeals and inquiries reach a little further.
                var reach = code[0] == '0' && code[1] is '2' or '9' ? 6 : 3;
                if (EventNounAt(words, triggerEnd, Math.Min(clauseEnd, triggerEnd + reach)) is { } noun && Doer(found, noun, sentence.Start) is { } doer)
                {
                    targets = [doer];
                }
            }
        }

        if (passive && targets.Count == 0 && EventNounAt(words, clauseStart, t) is { } patientAct && Doer(found, patientAct, sentence.Start) is { } patientDoer)
        {
            // "The operation was condemned by the EU": the condemned operation's actor is the target.
            targets = [patientDoer];
        }

        // A passive with its agent named ("was attacked by Taliban fighters") is explicit even when the patient is no actor.
        // "announced US troops would be leaving Syria": a withdrawal is from the place left, not of the troops.
        if (code == "0874" && !passive)
        {
            for (var k = triggerEnd; k < Math.Min(words.Count, triggerEnd + 10); k++)
            {
                if (words[k].Lower is "leaving" or "leave" or "withdraw" or "withdrawing" or "withdrawal")
                {
                    var left = actors.Find(a => a.FirstWord > k && a.FirstWord <= k + 3 && !a.IsGeneric);
                    targets = left is null ? [] : [left];
                    break;
                }
            }
        }

        if (sources.Count == 0 && targets.Count > 0 && !threatened && !targets[0].IsGeneric && (code[0] == '2' || (code[0] == '1' && code[1] is '8' or '9')))
        {
            // The attacker may be named in a neighbouring sentence ("… claimed responsibility for the attacks").
            context.Unattributed.Add((code, targets[0], sentence, words[t], location));
        }

        if (sources.Count == 0 || (targets.Count == 0 && !pattern.TargetOptional && !threatened && !passive && !pattern.IsNoun && !code.StartsWith("14", StringComparison.Ordinal)))
        {
            return false;
        }

        // Protests are against someone; diplomatic acts are between named actors, not roles or things.
        if (code.StartsWith("14", StringComparison.Ordinal) && !pattern.IsNoun)
        {
            // "clashed in front of parliament with the police": the first actor after against/with in the clause.
            targets = [];
            foreach (var a in actors)
            {
                if (a.FirstWord >= triggerEnd && a.EndWord <= clauseEnd && a.FirstWord > 0 && words[a.FirstWord - 1].Lower is "against" or "with" or "outside"
                    || (a.FirstWord > 1 && a.FirstWord >= triggerEnd && a.EndWord <= clauseEnd && words[a.FirstWord - 1].Lower == "the" && words[a.FirstWord - 2].Lower is "against" or "with"))
                {
                    targets.Add(a);
                    break;
                }
            }
        }
        else if (code[0] == '0' && code[1] is '3' or '4')
        {
            // "He was being met by …" is a greeting, not consultation; a meeting "on Crete" is not with Crete.
            if (passive)
            {
                return false;
            }

            // Promises may go to people described ("promised each victim a payout"); consultations are between named actors.
            targets = targets.FindAll(a => (Identified(a) || (code[1] == '3' && a.Code is { } c && c.Contains("CVL", StringComparison.Ordinal))) && !IsMinorPlace(document, a));

            // Meetings between private persons ("met officers X at a pub") are not consultations between political actors.
            if (code[1] == '4' && !sources.Exists(a => IsPolitical(a.Code)) && !targets.Exists(a => IsPolitical(a.Code)))
            {
                return false;
            }
            if (targets.Count == 0 && !pattern.TargetOptional && sources.Count < 2)
            {
                return false;
            }
        }

        // "Turkey and Libya agreed", "Trump and Erdoğan spoke": a joint cooperative act is coded between the two.
        if (sources.Count >= 2 && code[0] == '0' && code[1] is '3' or '4' or '5' or '6' && !passive)
        {
            targets = [sources[1]];
            sources = [sources[0]];
        }

        // "Some protesters responded by throwing things": a protest without a named target answers whoever last acted on them.
        if (code.StartsWith("14", StringComparison.Ordinal) && targets.Count == 0 && sources.Count > 0)
        {
            for (var i = found.Count - 1; i >= 0; i--)
            {
                if (found[i].Event is { Target: { } acted, Source: { } actor } && SameName(acted.Name, sources[0].Name) && !SameName(actor.Name, sources[0].Name))
                {
                    targets = [new ActorMention(-1, -1, words[t].Start, words[t].Start, actor.Name, actor.Code, actor.Entity) { IsGeneric = char.IsLower(actor.Name[0]) }];
                    break;
                }
            }
        }

        if (targets.Count == 0 && !pattern.TargetOptional && !threatened && !passive && !pattern.IsNoun)
        {
            return false;
        }

        // Descriptions stand for the named actors the document gives them ("the president", "the gunman").
        sources = sources.ConvertAll(a => context.Resolve(a, words) ?? a);
        targets = targets.ConvertAll(a => context.Resolve(a, words) ?? a);
        var any = false;
        foreach (var source in sources)
        {
            var finalCode = pattern.StateCode is { } stateCode && IsState(source.Code) ? (threatened ? ThreatCode(stateCode) : stateCode) : code;
            foreach (var target in targets.Count == 0 ? [null!] : targets)
            {
                // Police firing on protesters is violent policing of a protest (175), not combat.
                var eventCode = finalCode.StartsWith("19", StringComparison.Ordinal) && target is { Code: { } targetCode } && targetCode.EndsWith("OPP", StringComparison.Ordinal)
                    && source.Code is { } policeCode && policeCode.Contains("COP", StringComparison.Ordinal) ? "175" : finalCode;
                if (target is not null && (SameActor(source, target) || target.FirstWord < source.EndWord && target.EndWord > source.FirstWord))
                {
                    continue;
                }

                any |= Emit(eventCode, source, target, sentence, words[t], triggerEnd < words.Count ? words[triggerEnd - 1] : words[t], location, date, found, seen);
            }
        }

        return any;
    }

    private static bool Emit(string code, ActorMention source, ActorMention? target, TextSpan sentence, WordSpan triggerStart, WordSpan triggerEnd,
        EventLocation? location, string? date, List<(CodedEvent, int)> found, HashSet<string> seen)
    {
        var key = code + "|" + (source.EntityId ?? source.Name) + "|" + (target is null ? "" : target.EntityId ?? target.Name);
        if (!seen.Add(key))
        {
            return false;
        }

        var ev = new CodedEvent(
            code,
            new EventActor(source.Name, source.Code, source.EntityId),
            target is null ? null : new EventActor(target.Name, target.Code, target.EntityId),
            sentence,
            CameoCodebook.Goldstein(code),
            CameoCodebook.QuadClass(code),
            CameoCodebook.Plover(code),
            location,
            date)
        {
            Trigger = new TextSpan(triggerStart.Start, Math.Max(triggerStart.End, triggerEnd.End)),
        };
        var score = (Identified(source) ? 2 : 0) + (target is null ? 0 : Identified(target) ? 2 : 1) + (source.Code is null ? 0 : 1);
        found.Add((ev, score));
        return true;
    }

    /// <summary>
    /// A named actor, or a description that names its state and role ("the Afghan government" → AFGGOV, "Hong Kong
    /// police" → HKGCOP): either says who acted. A bare role ("police", "officials") or private people do not.
    /// </summary>
    internal static bool Identified(ActorMention actor) =>
        !actor.IsGeneric || (actor.Code is { Length: > 3 } code && CountryTable.Shared.ByIso3(code[..3]) is not null);
}
