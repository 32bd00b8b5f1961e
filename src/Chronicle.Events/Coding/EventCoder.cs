using System.Collections.Frozen;
using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Common;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>
/// Codes who-did-what-to-whom events sentence by sentence: a verb or noun pattern gives the CAMEO code; the clause's
/// subject and object (or the "by" phrase of a passive) give source and target; negated and merely possible acts
/// are dropped, threatened acts become threats, and accusations, appeals and warnings stated in quotes or reported
/// speech become events of the speaker. Every event carries a confidence; those below <see cref="MinConfidence"/> are
/// left out (there is no per-document cap: a long article keeps all its clear events).
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>The confidence an event needs to be reported (chosen on news-dev, checked on news-dev-2; docs/EVENTS.md).</summary>
    public const double MinConfidence = 0.3;

    /// <summary>The code of a pattern that marks a use of its verb that is no event (PETRARCH's "---").</summary>
    internal const string NoEvent = "---";

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

        // Demands, disapproval, rejections and threats are aimed at someone (both annotated sets name a target for 95% of
        // them): one coded without its target is an incomplete reading.
        if (ev.Target is null && root is "10" or "11" or "12" or "13")
        {
            salience -= 2;
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

            if (!_byForm.TryGetValue(words[t].Lower, out var patterns) || (t > 0 && words[t].Capitalised))
            {
                continue;
            }

            if (t > 0 && _actors.Lexicon.Find(words[t - 1].Lower) is { Kind: ActorKind.Demonym })
            {
                // "the Russian and Chinese veto": the states the adjectives name did the act.
                if (TryDemonymAct(document, words, actors, t, patterns, sentence, location, date, found, seen))
                {
                    usedTriggers.Add(t);
                }

                continue;
            }

            if (InsideActor(actors, t))
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

                if (pattern.Code == NoEvent)
                {
                    // A use of the verb that is no event ("declined to comment").
                    usedTriggers.Add(t);
                    break;
                }

                if (TryCode(document, words, actors, t, triggerEnd, pattern, sentence, location, date, found, seen, context))
                {
                    usedTriggers.Add(t);
                    break;
                }
            }
        }

        CodeReportedSpeech(document, words, actors, sentence, location, date, found, seen);
        if (IsParsed(document))
        {
            CodeParsed(document, sentence, words, actors, usedTriggers, context, location, date, found, seen);
        }

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
}
