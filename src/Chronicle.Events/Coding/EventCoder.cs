using System.Collections.Frozen;
using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;
using Chronicle.Events.Tone;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>
/// Codes who-did-what-to-whom events sentence by sentence: a verb or noun pattern gives the CAMEO code; the clause's
/// subject and object (or the "by" phrase of a passive) give source and target; negated and merely possible acts
/// are dropped, threatened acts become threats, and accusations, appeals and warnings stated in quotes or reported
/// speech become events of the speaker. Every event carries a confidence; those below <see cref="MinConfidence"/> are
/// left out (there is no per-document cap: a long article keeps all its clear events).
/// </summary>
public sealed class EventCoder
{
    /// <summary>The confidence an event needs to be reported (chosen on news-dev, checked on news-dev-2; docs/EVENTS.md).</summary>
    public const double MinConfidence = 0.3;

    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(["not", "n't", "never", "no", "didn't", "don't", "doesn't", "won't", "wouldn't", "cannot", "can't", "neither", "nor"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["would", "could", "may", "might", "should", "must", "can", "shall"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> IntentVerbs = FrozenSet.ToFrozenSet(["try", "tried", "tries", "trying", "plan", "plans", "planned", "planning", "seek", "seeks", "sought", "want", "wants", "wanted", "intend", "intends", "intended", "hope", "hopes", "hoped", "attempt", "attempted", "refuse", "refused", "decline", "declined", "failed", "fail", "able", "ready", "prepared", "likely", "set"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> ThreatVerbs = FrozenSet.ToFrozenSet(["threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "vowing", "warn", "warns", "warned", "warning", "pledged"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> BeForms = FrozenSet.ToFrozenSet(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(["that", "which", "who", "after", "when", "while", "because", "but", "although", "before", "since", "whereas", "if", "where", "until", "whether"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(["said", "says", "say", "told", "tells", "stated", "states", "declared", "declares", "announced", "announces", "added", "adds", "reported", "reports", "wrote", "writes", "tweeted", "indicated", "revealed", "noted", "explained", "insisted", "argued", "believe", "believes", "believed", "claimed", "claims"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(["of", "in", "at", "on", "during", "from", "for", "with", "to", "by", "near", "after", "before", "over", "about", "against", "into", "through", "under", "between", "among", "amid", "despite", "including", "like", "via", "within", "across", "toward", "towards", "outside", "inside", "following", "behind", "beyond", "than", "citing"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Quantities = FrozenSet.ToFrozenSet(["number", "group", "groups", "dozens", "hundreds", "thousands", "tens", "millions", "scores", "some", "many", "most", "all", "several", "few", "both", "none", "crowds", "crowd", "one", "two", "three"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> HedgeVerbs = FrozenSet.ToFrozenSet(["claimed", "claims", "claim", "alleged", "alleges", "allege", "believe", "believes", "believed", "speculated", "if", "unless", "rumoured", "rumored"], StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string> EventNouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["attack"] = "violence", ["attacks"] = "violence", ["strike"] = "violence", ["strikes"] = "violence", ["airstrike"] = "violence",
        ["operation"] = "violence", ["offensive"] = "violence", ["invasion"] = "violence", ["incursion"] = "violence", ["killing"] = "violence",
        ["murder"] = "violence", ["shooting"] = "violence", ["stabbing"] = "violence", ["bombing"] = "violence", ["bombings"] = "violence",
        ["assault"] = "violence", ["assassination"] = "violence",
        ["request"] = "appeal", ["call"] = "appeal", ["appeal"] = "appeal", ["demand"] = "appeal", ["demands"] = "appeal",
        ["agreement"] = "agreement", ["deal"] = "agreement", ["accord"] = "agreement", ["memorandum"] = "agreement",
        ["decision"] = "decision", ["withdrawal"] = "decision", ["move"] = "decision", ["announcement"] = "decision", ["order"] = "decision",
        ["pullout"] = "decision", ["vote"] = "decision", ["resolution"] = "decision", ["sanctions"] = "decision", ["arrest"] = "decision", ["arrests"] = "decision", ["crackdown"] = "decision",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(["has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "also", "then", "and", "or", "on", "in", "at", "had", "says", "said"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> LabelVerbs = FrozenSet.ToFrozenSet(["called", "calling", "calls", "characterized", "characterised", "characterizing", "described", "describing", "labelled", "labeled", "branded", "dubbed"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Facilities = FrozenSet.ToFrozenSet(["checkpoint", "checkpoints", "station", "post", "base", "bases", "convoy", "patrol", "headquarters", "compound", "barracks", "outpost", "vehicle", "camp"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "these", "those", "any", "every", "each", "no", "another", "twin", "recent", "latest", "first", "new", "further", "military", "deadly", "suicide", "terrorist", "rocket", "drone", "knife", "such", "of", "in", "for"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, EventPattern[]> _byForm;
    private readonly ActorCoder _actors;

    public EventCoder(ActorCoder actors, IReadOnlyList<EventPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(patterns);
        _actors = actors;
        var byForm = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        // Patterns with context words ("reject … proposal", "call for") are more specific: they are tried first.
        foreach (var pattern in patterns.OrderByDescending(p => p.Near.Count + p.Particles.Count > 0))
        {
            foreach (var form in pattern.Forms)
            {
                if (!byForm.TryGetValue(form, out var list))
                {
                    byForm[form] = list = [];
                }

                list.Add(pattern);
            }
        }

        _byForm = byForm.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public static EventCoder Default { get; } = new(ActorCoder.Default, EventPatterns.All);

    /// <summary>The document's coded events with a confidence of at least <see cref="MinConfidence"/>, in text order.</summary>
    public ImmutableArray<CodedEvent> Code(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<(CodedEvent Event, int Score)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var date = DateOf(document.Published);
        var sentences = TextScan.Sentences(document);
        var sentenceWords = new List<List<WordSpan>>(sentences.Length);
        foreach (var sentence in sentences)
        {
            sentenceWords.Add(TextScan.Words(document.Text, sentence));
        }

        var context = DocumentActors.Build(document, sentenceWords);
        for (var i = 0; i < sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CodeSentence(document, sentences[i], sentenceWords[i], context, date, found, seen);
        }

        CodeQuotes(document, sentences, date, found, seen);
        AttributeFromNeighbours(document, sentences, sentenceWords, context, date, found, seen);

        RemoveRestatements(found);
        var best = found
            .Select((f, i) => (Event: f.Event with { Confidence = Confidence(f.Score + Salience(document, sentences, f.Event)) }, Index: i))
            .Where(f => f.Event.Confidence >= MinConfidence)
            .OrderBy(f => f.Event.Span.Start)
            .ThenBy(f => f.Index)
            .Select(f => f.Event);
        return [.. best];
    }

    /// <summary>
    /// An attack told without its attacker takes the actor that a neighbouring sentence (one before, two after) says
    /// claimed responsibility or credit for it, or names as its suspected perpetrator.
    /// </summary>
    private void AttributeFromNeighbours(Document document, ImmutableArray<TextSpan> sentences, List<List<WordSpan>> sentenceWords,
        DocumentActors context, string? date, List<(CodedEvent Event, int Score)> found, HashSet<string> seen)
    {
        foreach (var (code, target, sentence, trigger, location) in context.Unattributed)
        {
            var at = sentences.IndexOf(sentence);
            if (at < 0)
            {
                continue;
            }

            for (var i = Math.Max(0, at - 1); i <= Math.Min(sentences.Length - 1, at + 2); i++)
            {
                if (Claimant(document, sentenceWords[i]) is not { } claimant || SameActor(claimant, target))
                {
                    continue;
                }

                // Drone, missile, rocket and air strikes are fighting (19) whoever flies them.
                var aerial = false;
                foreach (var w in TextScan.Words(document.Text, sentence))
                {
                    aerial |= w.Lower is "drone" or "drones" or "missile" or "missiles" or "rocket" or "rockets" or "airstrike" or "airstrikes" or "air";
                }

                var finalCode = aerial && code[0] == '1' && code[1] == '8' ? "195" : code;
                var source = context.Resolve(claimant, sentenceWords[i]) ?? claimant;
                Emit(finalCode, source, target, sentence, trigger, trigger, location, date, found, seen);
                break;
            }
        }
    }

    /// <summary>The subject of "claimed responsibility/credit" or of "are the suspected perpetrators", unless negated.</summary>
    private ActorMention? Claimant(Document document, List<WordSpan> words)
    {
        for (var k = 1; k < words.Count; k++)
        {
            var claim = words[k].Lower is "responsibility" or "credit" && words[k - 1].Lower is "claimed" or "claims" or "claiming";
            var suspected = words[k].Lower is "perpetrators" or "perpetrator" && words[k - 1].Lower == "suspected";
            if (!claim && !suspected)
            {
                continue;
            }

            var verb = claim ? k - 1 : k - 1;
            for (var n = Math.Max(0, verb - 4); n < verb; n++)
            {
                if (Negators.Contains(words[n].Lower) || words[n].Lower.EndsWith("n't", StringComparison.Ordinal))
                {
                    return null;
                }
            }

            if (InsideQuote(document, words[k].Start))
            {
                return null;
            }

            var actors = SentenceActors.Find(document, words, _actors, capitalisedFallback: true).FindAll(a => !a.IsPlace);
            return Subject(document.Text, actors, ClauseStart(document.Text, words, verb), verb, words).FirstOrDefault();
        }

        return null;
    }

    /// <summary>
    /// An event's score (named, coded actors on both sides; violent acts; the lead) as a confidence in [0, 1]: a
    /// logistic curve centred on the score of an event with a named source and a generic target.
    /// </summary>
    internal static double Confidence(int score) => Math.Round(1 / (1 + Math.Exp(-(score - 3) / 1.5)), 3);

    /// <summary>
    /// What a reader of the story would list first: violent and material acts and the lead's acts
    /// rank up; speech acts read out of a long quotation (a statement's own wording) rank last.
    /// </summary>
    private static int Salience(Document document, ImmutableArray<TextSpan> sentences, CodedEvent ev)
    {
        var salience = 0;
        var root = ev.Code.AsSpan(0, 2);
        if (root is "14" or "15" or "16" or "17" or "18" or "19" or "20")
        {
            salience += 2;
        }

        if (sentences.Length > 0 && (ev.Span.Start < sentences[0].End || (sentences.Length > 1 && ev.Span.Start < sentences[1].End)))
        {
            salience++;
        }

        if (root is "01" or "02" or "10" or "11" or "12" or "13")
        {
            foreach (var quote in document.Quotes)
            {
                // A speech act found in a quote of more than a short phrase is the statement's wording, not an act.
                if (quote.Span.Length > 120 && ev.Span.Start <= quote.Span.Start && quote.Span.Start < ev.Span.End)
                {
                    salience -= 3;
                    break;
                }
            }
        }

        return salience;
    }

    /// <summary>
    /// One act told twice ("lashed out at Bowser …, accusing her") or by a named actor and by a description of the
    /// same speaker ("a spokesperson" / the coalition) is kept once, in its clearest form.
    /// </summary>
    private static void RemoveRestatements(List<(CodedEvent Event, int Score)> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var a = found[i];
            for (var j = 0; j < found.Count; j++)
            {
                var b = found[j];
                if (i == j || a.Event.Code[..2] != b.Event.Code[..2] || !SameName(a.Event.Target?.Name, b.Event.Target?.Name)
                    || a.Event.Source is not { } sa || b.Event.Source is not { } sb)
                {
                    continue;
                }

                if (a.Event.Span.Start != b.Event.Span.Start)
                {
                    continue;
                }

                var describedSpeaker = sa.Name.Length > 0 && char.IsLower(sa.Name[0]) && !char.IsLower(sb.Name[0]);
                if (describedSpeaker || (a.Event.Target is not null && SameName(sa.Name, sb.Name) && (a.Score < b.Score || (a.Score == b.Score && j < i))))
                {
                    found.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>Both null, or one name's words all in the other's ("Trump" / "Donald Trump").</summary>
    private static bool SameName(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var shorter = a.Length <= b.Length ? a : b;
        var longer = ReferenceEquals(shorter, a) ? b : a;
        foreach (var word in shorter.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!longer.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return shorter.Length > 0;
    }

    /// <summary>Events of one sentence (used by tests and by <see cref="Code(Document, CancellationToken)"/>).</summary>
    internal List<CodedEvent> CodeSentence(Document document, TextSpan sentence)
    {
        var found = new List<(CodedEvent Event, int Score)>();
        var words = TextScan.Words(document.Text, sentence);
        CodeSentence(document, sentence, words, DocumentActors.Build(document, [words]), DateOf(document.Published), found, new HashSet<string>(StringComparer.Ordinal));
        return found.ConvertAll(f => f.Event);
    }

    private void CodeSentence(Document document, TextSpan sentence, List<WordSpan> words, DocumentActors context, string? date, List<(CodedEvent, int)> found, HashSet<string> seen)
    {
        if (words.Count < 3 || words.Count > 120)
        {
            return;
        }

        var all = SentenceActors.Find(document, words, _actors, capitalisedFallback: true);
        var actors = all.Where(a => !a.IsPlace).ToList();
        var location = LocationOf(document, all);
        var usedTriggers = new HashSet<int>();
        for (var t = 0; t < words.Count; t++)
        {
            // Triggers are lower-case words: "March 3" is a date, "the Chinese veto" a noun.
            if (LabelVerbs.Contains(words[t].Lower) && !words[t].Capitalised && TryLabel(document, words, actors, t, sentence, location, date, found, seen, context))
            {
                continue;
            }

            if (!_byForm.TryGetValue(words[t].Lower, out var patterns) || InsideActor(actors, t) || (t > 0 && words[t].Capitalised)
                || (t > 0 && _actors.Lexicon.Find(words[t - 1].Lower) is { Kind: ActorKind.Demonym }))
            {
                continue;
            }

            // Acts told inside a quotation are the speaker's view, not reported events; cues in quotes are coded as speech.
            if (InsideQuote(document, words[t].Start))
            {
                continue;
            }

            // "anyone accused of a crime": a participle after an indefinite pronoun describes, it does not report an act.
            if (t > 0 && words[t - 1].Lower is "anyone" or "anybody" or "someone" or "somebody" or "those" or "everyone" or "people" or "persons" or "individuals"
                && words[t].Lower.EndsWith("ed", StringComparison.Ordinal) && t + 1 < words.Count && words[t + 1].Lower is "of" or "in" or "with" or "by")
            {
                continue;
            }

            // "the main fighting force": an -ing form before a role noun is an adjective.
            if (words[t].Lower.EndsWith("ing", StringComparison.Ordinal) && t + 1 < words.Count && !words[t + 1].Capitalised
                && (_actors.Lexicon.Find(words[t + 1].Lower) ?? _actors.Lexicon.Find(words[t + 1].Lower + "s")) is { Kind: ActorKind.Agent })
            {
                continue;
            }

            foreach (var pattern in patterns)
            {
                if (!Matches(words, t, pattern, out var triggerEnd))
                {
                    continue;
                }

                if (TryCode(document, words, actors, t, triggerEnd, pattern, sentence, location, date, found, seen, context))
                {
                    usedTriggers.Add(t);
                    break;
                }
            }
        }

        CodeReportedSpeech(document, words, actors, sentence, location, date, found, seen);

        // The sentence's last plural actor is what "they" in the next sentences stands for.
        for (var k = actors.Count - 1; k >= 0; k--)
        {
            if (IsPluralActor(words, actors[k]))
            {
                context.LastPlural = actors[k];
                break;
            }
        }
    }

    private static bool InsideActor(List<ActorMention> actors, int t)
    {
        foreach (var a in actors)
        {
            if (t >= a.FirstWord && t < a.EndWord && !a.IsGeneric)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(List<WordSpan> words, int t, EventPattern pattern, out int triggerEnd)
    {
        triggerEnd = t + 1;
        var prev = t > 0 ? TextScan.StripPossessive(words[t - 1].Lower) : "";
        var afterDeterminer = t > 0 && (Determiners.Contains(words[t - 1].Lower) || TextScan.IsPossessive(words[t - 1].Lower));
        if (pattern.IsNoun != afterDeterminer && !(pattern.IsNoun && t > 0 && words[t - 1].Capitalised))
        {
            return false;
        }

        _ = prev;
        if (pattern.Particles.Count > 0)
        {
            if (t + 1 >= words.Count || !pattern.Particles.Contains(words[t + 1].Lower))
            {
                return false;
            }

            triggerEnd = t + 2;
        }

        if (pattern.Near.Count > 0)
        {
            var found = false;
            for (var k = triggerEnd; k < Math.Min(words.Count, triggerEnd + 8) && !found; k++)
            {
                found = pattern.Near.Contains(words[k].Lower) || pattern.Near.Contains(TextScan.StripPossessive(words[k].Lower));
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

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

            if (targets.Count == 0 && ObjectPronoun(words, triggerEnd, clauseEnd) is { } pronounAt)
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
            targets = targets.FindAll(a => (!a.IsGeneric || (code[1] == '3' && a.Code is { } c && c.Contains("CVL", StringComparison.Ordinal))) && !IsMinorPlace(document, a));

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
        var key = code[..2] + "|" + (source.EntityId ?? source.Name) + "|" + (target is null ? "" : target.EntityId ?? target.Name);
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
        var score = (source.IsGeneric ? 0 : 2) + (target is null ? 0 : target.IsGeneric ? 1 : 2) + (source.Code is null ? 0 : 1);
        found.Add((ev, score));
        return true;
    }

    /// <summary>Accusations, appeals, demands and warnings inside quotes or reported speech, as events of the speaker.</summary>
    private void CodeReportedSpeech(Document document, List<WordSpan> words, List<ActorMention> actors, TextSpan sentence,
        EventLocation? location, string? date, List<(CodedEvent, int)> found, HashSet<string> seen)
    {
        var text = document.Text;

        // In speech, a state named after a preposition is still a target ("We expect from Iran …").
        var speechActors = SentenceActors.Find(document, words, _actors, capitalisedFallback: true).Where(a => !a.IsPlace || IsCountryName(a)).ToList();
        for (var s = 0; s < words.Count; s++)
        {
            if (!SpeechVerbs.Contains(words[s].Lower) || words[s].Lower is "claimed" or "claims" or "reported" or "reports" || words[s].Capitalised)
            {
                continue;
            }

            // Speaker before the verb ("May declared: …") or right after it ("…," said Khan).
            var speaker = Subject(text, actors, ClauseStart(text, words, s), s, words).FirstOrDefault();
            int contentStart, contentEnd;
            if (speaker is not null)
            {
                contentStart = s + 1;
                contentEnd = words.Count;
            }
            else
            {
                speaker = actors.FirstOrDefault(a => a.FirstWord == s + 1 || (a.FirstWord == s + 2 && words[s + 1].Lower == "the"));
                contentStart = 0;
                contentEnd = s;
            }

            if (speaker is null || contentEnd - contentStart < 3 || HasEventOf(found, sentence, speaker))
            {
                continue;
            }

            var from = words[contentStart].Start;
            var to = words[contentEnd - 1].End;
            var content = text[from..to].ToLowerInvariant();
            var code = SpeechCode(content);
            if (code is null)
            {
                continue;
            }

            // "told the Military Times": the addressee of the speech verb is no target of what was said.
            var addressee = words[s].Lower is "told" or "tells" && contentStart == s + 1 ? s + 3 : -1;
            var cueFrom = code.StartsWith("05", StringComparison.Ordinal) ? from + Math.Max(0, CueIndex(content)) : 0;
            var targets = speechActors.Where(a => a.FirstWord >= contentStart && a.EndWord <= contentEnd && !SameActor(a, speaker) && !a.IsGeneric && !IsPlatform(a.Name)
                && a.FirstWord > addressee && a.Start >= cueFrom && !SameState(a, speaker)).ToList();
            if (targets.Count == 0)
            {
                continue;
            }

            if (code != "112")
            {
                targets = [targets[0]];
            }

            foreach (var target in targets)
            {
                Emit(code, speaker, target, sentence, words[s], words[s], location, date, found, seen);
            }
        }
    }

    /// <summary>Accusations, appeals, demands and warnings inside the attribution layer's quotes, as events of their speakers.</summary>
    private void CodeQuotes(Document document, ImmutableArray<TextSpan> sentences, string? date, List<(CodedEvent, int)> found, HashSet<string> seen)
    {
        foreach (var quote in document.Quotes)
        {
            if (quote.SpeakerName is null || quote.Span.Length < 10 || SpeechCode(quote.Text.ToLowerInvariant()) is not { } code)
            {
                continue;
            }

            var speakerEntity = quote.Speaker is null ? null : document.Entities.FirstOrDefault(e => e.Id == quote.Speaker);
            var speaker = new ActorMention(-1, -1, quote.Span.Start, quote.Span.Start, speakerEntity?.Name ?? quote.SpeakerName,
                speakerEntity?.Actor ?? _actors.Code(quote.SpeakerName), quote.Speaker) { Surface = quote.SpeakerName };
            var quoteSentence = sentences.FirstOrDefault(x => x.Contains(quote.Span.Start));
            if (!quoteSentence.IsEmpty && HasEventOf(found, quoteSentence, speaker))
            {
                // The sentence already codes what the speaker did ("spoke out against the attack, calling it …").
                continue;
            }
            // Targets come from the quoted sentence that states the accusation or warning, not the whole quote.
            var cueAt = quote.Span.Start + Math.Max(0, CueIndex(quote.Text.ToLowerInvariant()));
            var cueSentence = sentences.FirstOrDefault(x => x.Contains(cueAt));
            var from = cueSentence.IsEmpty ? quote.Span.Start : Math.Max(quote.Span.Start, cueSentence.Start);
            var to = cueSentence.IsEmpty ? quote.Span.End : Math.Min(quote.Span.End, cueSentence.End);
            if (to <= from)
            {
                continue;
            }

            var words = TextScan.Words(document.Text, new TextSpan(from, to));
            if (words.Count == 0)
            {
                continue;
            }

            // Thanks and praise go to whoever follows the cue ("We appreciate the Iraqi Security Forces …").
            var afterCue = code.StartsWith("05", StringComparison.Ordinal) ? cueAt : 0;
            var targets = SentenceActors.Find(document, words, _actors, capitalisedFallback: true)
                .Where(a => (!a.IsPlace || IsCountryName(a)) && !a.IsGeneric && !IsPlatform(a.Name) && !SameActor(a, speaker) && a.Start >= afterCue && !SameState(a, speaker))
                .Take(3)
                .ToList();
            if (targets.Count == 0 || code == "020")
            {
                continue;
            }

            if (code != "112")
            {
                targets = [targets[0]];
            }

            var evidence = sentences.FirstOrDefault(x => x.Contains(quote.Span.Start));
            if (evidence.IsEmpty)
            {
                evidence = quote.Span;
            }

            foreach (var target in targets)
            {
                Emit(code, speaker, target, evidence, words[0], words[0], null, date, found, seen);
            }
        }
    }

    private static readonly (string Cue, string Code)[] SpeechCues =
    [
        ("bear responsibility", "112"), ("bears responsibility", "112"), ("responsible for", "112"), ("to blame", "112"),
        ("guilty", "112"), ("failed to uphold", "112"), ("violation of", "112"), ("violated", "112"), ("crime against humanity", "112"),
        ("crimes against humanity", "112"), ("war crime", "112"), ("an aggression", "112"), ("barbarity", "112"), ("barbaric", "112"),
        ("we warn", "130"), ("will pay", "130"), ("will regret", "130"), ("retaliat", "130"), ("obliterate", "138"),
        ("we expect from", "100"), ("we demand", "100"), ("need to", "020"), ("count on", "020"), ("call on", "020"), ("must stop", "020"),
        ("we appreciate", "051"), ("we thank", "051"), ("thank you to", "051"),
    ];

    private static int CueIndex(string content)
    {
        foreach (var (cue, _) in SpeechCues)
        {
            var at = content.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    private static string? SpeechCode(string content)
    {
        foreach (var (cue, code) in SpeechCues)
        {
            if (content.Contains(cue, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    private static string ThreatCode(string code) => code[..2] switch
    {
        "16" => code.StartsWith("163", StringComparison.Ordinal) ? "1312" : "1313",
        "17" => "137",
        "18" or "19" => "138",
        "20" => "1385",
        "14" => "133",
        "12" or "10" or "11" => "130",
        _ => "130",
    };

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
