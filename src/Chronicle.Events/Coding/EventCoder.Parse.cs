using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Actors;
using Chronicle.Events.Coding.Cameo;
using Chronicle.Events.Common;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Events.Coding;

/// <summary>
/// The parse path: when the language layer left a dependency parse in the tokens, every verb of the sentence that
/// the hand patterns did not code is looked up in PETRARCH-2's verb dictionary (<see cref="CameoClauseMatcher"/>);
/// its subject (a passive's agent) is the source, its object or the pattern's slot the target, one event per pair of
/// coordinated actors. The same precision rules as the hand patterns apply, read from the tree: negation, modal
/// auxiliaries, conditional and purpose clauses, verbs governed by an intent verb or a hedge ("claimed that …"),
/// participles used as adjectives, acts told inside quotes.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>Whether the document carries a dependency parse (tokens with heads).</summary>
    private static bool IsParsed(Document document)
    {
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Length && i < 64; i++)
        {
            if (tokens[i].Dep is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens <c>[first, end)</c> that start inside <paramref name="sentence"/>.</summary>
    private static (int First, int End) TokenRange(ImmutableArray<Token> tokens, TextSpan sentence)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < tokens.Length && tokens[end].Span.Start < sentence.End)
        {
            end++;
        }

        return (lo, end);
    }

    private static void CodeParsed(Document document, TextSpan sentence, List<WordSpan> words, List<ActorMention> actors, HashSet<int> usedTriggers,
        DocumentActors context, EventLocation? location, string? date, List<(CodedEvent Event, int Score)> found, HashSet<string> seen)
    {
        var tokens = document.Tokens;
        var (first, end) = TokenRange(tokens, sentence);
        if (end - first < 3)
        {
            return;
        }

        var text = document.Text;
        foreach (var match in CameoClauseMatcher.Default.Match(text, tokens, first, end))
        {
            var verb = tokens[match.Verb];
            var t = WordAt(words, verb.Span.Start);
            if (t < 0 || usedTriggers.Contains(t) || match.Negated || match.Code is "010" || InsideQuote(document, verb.Span.Start)
                || verb.Dep is "amod" or "compound" || Irrealis(text, tokens, first, end, match.Verb, out var threatened))
            {
                continue;
            }

            // The dictionary adds material conflict (roots 15-20: force postures, coercion, assault, fighting). Verbal
            // acts are read by the speech rules (quotes, reported speech); cooperative verbs ("want", "join",
            // "support", "meet", "leave") are too ambiguous without a hand pattern's context words.
            if (!IsMaterialConflict(match.Code) || Hedged(text, tokens, first, end, match.Verb))
            {
                continue;
            }

            var code = threatened ? ThreatCode(match.Code) : match.Code;
            var sources = Mentions(document, tokens, first, end, match.Sources, words, actors, context, match.Verb).FindAll(a => IsIdentified(a) && !IsBystander(a));
            var targets = Mentions(document, tokens, first, end, match.Targets, words, actors, context, match.Verb).FindAll(a => IsIdentified(a) && !IsStatelessRole(a));
            if (sources.Count == 0 || (targets.Count == 0 && !TargetOptional(code)))
            {
                continue;
            }

            var any = false;
            foreach (var source in sources)
            {
                foreach (var target in targets.Count == 0 ? [null!] : targets)
                {
                    if (target is not null && (SameActor(source, target) || (target.Start < source.End && target.End > source.Start)))
                    {
                        continue;
                    }

                    // Fighting by anyone but a state's forces is assault (18): "Garrett hit Rudolph".
                    var eventCode = code.StartsWith("19", StringComparison.Ordinal) && !IsState(source.Code) ? "180" : code;
                    if (Emit(eventCode, source, target, sentence, words[t], words[t], location, date, found, seen))
                    {
                        // A dictionary match is less sure than a hand pattern with its context rules.
                        found[^1] = (found[^1].Event, found[^1].Score - DictionaryPenalty);
                        any = true;
                    }
                }
            }

            if (any)
            {
                usedTriggers.Add(t);
            }
        }
    }

    /// <summary>How much less a dictionary match scores than a hand pattern with the same actors.</summary>
    private const int DictionaryPenalty = 2;

    private static bool IsMaterialConflict(string code) => code[0] == '1' && code[1] is >= '5' and <= '9' || code[0] == '2';

    /// <summary>Protests may have no named target; every other dictionary act needs one.</summary>
    private static bool TargetOptional(string code) => code.StartsWith("14", StringComparison.Ordinal);

    /// <summary>An actor the event can name: a coded actor or a linked entity, never a bare common noun.</summary>
    private static bool IsIdentified(ActorMention a) => a.Code is not null || a.EntityId is not null;

    /// <summary>Private people described, not named ("a man", "people", "a girl"): victims and bystanders, not agents of an act.</summary>
    /// <remarks>
    /// A state role without its state ("the government", "police", "troops" that the document does not tie to a
    /// country) is left to the hand patterns, which read the neighbouring clauses for it.
    /// </remarks>
    private static bool IsBystander(ActorMention a) => a.IsGeneric && a.Code is "PPL" or "CVL" || IsStatelessRole(a);

    private static bool IsStatelessRole(ActorMention a) => a.IsGeneric && a.Code is "GOV" or "COP" or "MIL" or "GOVMIL";

    /// <summary>"allegedly released", "reportedly struck": an adverb that reports the act as a claim.</summary>
    private static bool Hedged(string text, ImmutableArray<Token> tokens, int first, int end, int verb)
    {
        for (var j = first; j < end; j++)
        {
            if (tokens[j].Head == verb && tokens[j].Dep is "advmod" && Lower(text, tokens[j]) is "allegedly" or "reportedly" or "purportedly" or "supposedly" or "apparently")
            {
                return true;
            }
        }

        return false;
    }

    private static int WordAt(List<WordSpan> words, int start)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Start <= start && start < words[k].End)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the verb is only possible, wished, conditional or claimed: a modal auxiliary, an "if" clause, or a
    /// governor (through <c>xcomp</c>/<c>ccomp</c>) that is an intent or hedge word; a threat verb governing it makes
    /// it a threat instead (<paramref name="threatened"/>).
    /// </summary>
    private static bool Irrealis(string text, ImmutableArray<Token> tokens, int first, int end, int verb, out bool threatened)
    {
        threatened = false;
        for (var v = verb; v >= first && v < end; v = tokens[v].Head)
        {
            for (var j = first; j < end; j++)
            {
                if (tokens[j].Head != v)
                {
                    continue;
                }

                var lemma = Lower(text, tokens[j]);
                if ((tokens[j].Dep is "aux" && Lexicons.IrrealisAuxiliaries.Contains(lemma)) || (tokens[j].Dep is "mark" && Lexicons.IrrealisMarks.Contains(lemma)))
                {
                    return true;
                }
            }

            if (tokens[v].Dep is not ("xcomp" or "ccomp" or "conj") || tokens[v].Head < first || tokens[v].Head >= end)
            {
                return false;
            }

            var governor = tokens[tokens[v].Head];
            var governorLemma = governor.Lemma?.ToLowerInvariant() ?? Lower(text, governor);
            if (tokens[v].Dep is "xcomp" or "ccomp" && Lexicons.ThreatGovernors.Contains(governorLemma))
            {
                threatened = true;
                return false;
            }

            if (tokens[v].Dep is "xcomp" or "ccomp" && Lexicons.IntentGovernors.Contains(governorLemma)
                || (tokens[v].Dep is "ccomp" && Lexicons.ReportGovernors.Contains(governorLemma)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Lower(string text, Token token) => text.AsSpan(token.Span.Start, token.Span.Length).ToString().ToLowerInvariant();

    /// <summary>
    /// The actors standing at the given head tokens: the sentence's actor phrase holding the head, else the first one
    /// inside the head's noun phrase ("a spokesman for the Foreign Ministry"); "he"/"she" are the last person named,
    /// "they" the last plural actor, a relative pronoun its antecedent; descriptions resolve to the named actor the
    /// document gives them.
    /// </summary>
    private static List<ActorMention> Mentions(Document document, ImmutableArray<Token> tokens, int first, int end, IReadOnlyList<int> heads,
        List<WordSpan> words, List<ActorMention> actors, DocumentActors context, int verb)
    {
        var result = new List<ActorMention>();
        foreach (var head in heads)
        {
            var mention = MentionAt(document, tokens, first, end, head, words, actors, context, verb);
            if (mention is not null && !result.Exists(m => m.Start == mention.Start && m.Name == mention.Name))
            {
                result.Add(context.Resolve(mention, words) ?? mention);
            }
        }

        return result;
    }

    private static ActorMention? MentionAt(Document document, ImmutableArray<Token> tokens, int first, int end, int head,
        List<WordSpan> words, List<ActorMention> actors, DocumentActors context, int verb)
    {
        var token = tokens[head];
        foreach (var a in actors)
        {
            if (a.Start <= token.Span.Start && token.Span.Start < a.End)
            {
                return a;
            }
        }

        var lower = Lower(document.Text, token);
        if (token.Upos is "PRON")
        {
            if (lower is "he" or "she" or "him" or "her")
            {
                return PreviousPerson(document, token.Span.Start);
            }

            if (lower is "they" or "them")
            {
                return context.LastPlural;
            }

            if (lower is "who" or "which" or "that" && tokens[verb].Dep is "acl:relcl" && tokens[verb].Head >= first && tokens[verb].Head < end && tokens[verb].Head != head)
            {
                return MentionAt(document, tokens, first, end, tokens[verb].Head, words, actors, context, verb);
            }

            return null;
        }

        // An actor inside the head's own phrase: "a spokesman for the Foreign Ministry", "the leaders of Russia".
        foreach (var a in actors)
        {
            var at = TokenAt(tokens, first, end, a.Start);
            if (at >= 0 && InNounPhrase(tokens, first, end, at, head))
            {
                return a;
            }
        }

        return null;
    }

    private static int TokenAt(ImmutableArray<Token> tokens, int first, int end, int start)
    {
        for (var j = first; j < end; j++)
        {
            if (tokens[j].Span.Start <= start && start < tokens[j].Span.End)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="j"/> hangs under <paramref name="head"/> through noun-phrase relations only.</summary>
    private static bool InNounPhrase(ImmutableArray<Token> tokens, int first, int end, int j, int head)
    {
        for (var k = j; k >= first && k < end; k = tokens[k].Head)
        {
            if (k == head)
            {
                return true;
            }

            if (tokens[k].Dep is not ("nmod" or "nmod:poss" or "compound" or "amod" or "appos" or "flat" or "det" or "case"))
            {
                return false;
            }
        }

        return false;
    }
}
