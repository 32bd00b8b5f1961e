using Chronicle.Annotations;

namespace Chronicle.Events.Coding.Cameo;

/// <summary>
/// A verb of a parsed sentence coded with the CAMEO dictionary: its code, and the head tokens of its sources and
/// targets (one per coordinated actor, so "Britain and France accused Russia and Iran" gives two of each).
/// </summary>
/// <param name="Verb">Index of the verb in <see cref="Document.Tokens"/>.</param>
/// <param name="Weight">How many words the matched pattern asked for (0: the verb's default code).</param>
public sealed record CameoMatch(int Verb, string Code, int Weight, IReadOnlyList<int> Sources, IReadOnlyList<int> Targets, bool Negated, bool Passive);

/// <summary>
/// Matches PETRARCH verb patterns over the dependency parse: a pattern's words after the verb are looked for in the
/// verb's own phrase (its objects, obliques and complements, not a coordinated or adverbial clause), its words
/// before the verb in what the verb governs before it. The subject (or, in a passive, the <c>obl:agent</c>) is the
/// source; the object (or the passive subject, or the noun of a pattern's target slot) the target. Tokens that are
/// not parsed fall back to word order within the sentence.
/// </summary>
public sealed class CameoClauseMatcher(CameoVerbs verbs)
{
    public static CameoClauseMatcher Default { get; } = new(CameoVerbs.Default);

    /// <summary>The coded verbs of the sentence made of tokens <c>[start, end)</c> of <paramref name="tokens"/>.</summary>
    public List<CameoMatch> Match(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var matches = new List<CameoMatch>();
        var parsed = false;
        for (var i = start; i < end && !parsed; i++)
        {
            parsed = tokens[i].Dep is not null;
        }

        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!IsVerb(token, parsed))
            {
                continue;
            }

            var form = text.AsSpan(token.Span.Start, token.Span.Length).ToString().ToLowerInvariant();
            if (verbs.Find(token.Lemma, form) is not { } verb)
            {
                continue;
            }

            var after = Region(text, tokens, start, end, i, parsed, before: false);
            var before = Region(text, tokens, start, end, i, parsed, before: true);
            string? code = verb.Code;
            var weight = 0;
            var targetWord = -1;
            foreach (var pattern in verb.Patterns)
            {
                if (CameoPattern.Match(pattern.After, after.Words, out var target) && CameoPattern.Match(pattern.Before, before.Words, out _))
                {
                    code = pattern.Code;
                    weight = pattern.Weight;
                    targetWord = target >= 0 ? after.Tokens[target] : -1;
                    break;
                }
            }

            if (code is null)
            {
                continue;
            }

            var passive = parsed && HasChild(tokens, start, end, i, d => d is "nsubj:pass" or "aux:pass");
            var sources = parsed ? Sources(tokens, start, end, i, passive) : [];
            var targets = parsed ? Targets(tokens, start, end, i, passive, targetWord) : targetWord >= 0 ? [targetWord] : [];
            matches.Add(new CameoMatch(i, code, weight, sources, targets, parsed && Negated(text, tokens, start, end, i), passive));
        }

        return matches;
    }

    private static bool IsVerb(Token token, bool parsed) =>
        parsed ? token.Upos is "VERB" : token.Pos is { } pos ? pos.StartsWith("VB", StringComparison.Ordinal) : token.Kind == TokenKind.Word;

    /// <summary>The words a pattern may use on one side of the verb, with their token indices.</summary>
    private static (List<(string Lemma, string Form)> Words, List<int> Tokens) Region(
        string text, IReadOnlyList<Token> tokens, int start, int end, int verb, bool parsed, bool before)
    {
        var words = new List<(string, string)>();
        var indices = new List<int>();
        var from = before ? start : verb + 1;
        var to = before ? verb : end;
        for (var j = from; j < to; j++)
        {
            if (parsed && !InPhrase(tokens, start, end, verb, j))
            {
                continue;
            }

            var form = text.AsSpan(tokens[j].Span.Start, tokens[j].Span.Length).ToString().ToLowerInvariant();
            words.Add((tokens[j].Lemma?.ToLowerInvariant() ?? form, form));
            indices.Add(j);
        }

        return (words, indices);
    }

    /// <summary>Whether token <paramref name="j"/> hangs under the verb without crossing into a clause of its own.</summary>
    private static bool InPhrase(IReadOnlyList<Token> tokens, int start, int end, int verb, int j)
    {
        for (var k = j; k >= start && k < end; k = tokens[k].Head)
        {
            if (tokens[k].Head == verb)
            {
                return tokens[k].Dep is not ("conj" or "advcl" or "parataxis" or "cc" or "punct" or "nsubj" or "nsubj:pass" or "csubj" or "mark");
            }

            if (tokens[k].Head < 0 || tokens[k].Dep is "acl:relcl" or "advcl" or "conj" or "parataxis")
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasChild(IReadOnlyList<Token> tokens, int start, int end, int head, Func<string, bool> dep)
    {
        for (var j = start; j < end; j++)
        {
            if (tokens[j].Head == head && tokens[j].Dep is { } d && dep(d))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Children(IReadOnlyList<Token> tokens, int start, int end, int head, Func<string, bool> dep)
    {
        var children = new List<int>();
        for (var j = start; j < end; j++)
        {
            if (tokens[j].Head == head && tokens[j].Dep is { } d && dep(d))
            {
                children.Add(j);
            }
        }

        return children;
    }

    /// <summary>The subject (or the passive's agent), with its coordinated nouns; a verb without one borrows its head verb's.</summary>
    private static List<int> Sources(IReadOnlyList<Token> tokens, int start, int end, int verb, bool passive)
    {
        var heads = passive
            ? Agents(tokens, start, end, verb)
            : Children(tokens, start, end, verb, d => d is "nsubj");
        for (var v = verb; heads.Count == 0 && tokens[v].Dep is "xcomp" or "conj" && tokens[v].Head >= start && tokens[v].Head < end;)
        {
            // "agreed to return", "condemned and sanctioned": the subject of the governing or first verb.
            v = tokens[v].Head;
            heads = Children(tokens, start, end, v, d => d is "nsubj");
        }

        return WithConjuncts(tokens, start, end, heads);
    }

    private static List<int> Agents(IReadOnlyList<Token> tokens, int start, int end, int verb)
    {
        var agents = Children(tokens, start, end, verb, d => d is "obl:agent");
        if (agents.Count > 0)
        {
            return agents;
        }

        // Parsers without the obl:agent subtype: an oblique introduced by "by".
        foreach (var obl in Children(tokens, start, end, verb, d => d is "obl"))
        {
            foreach (var c in Children(tokens, start, end, obl, d => d is "case"))
            {
                if (string.Equals(tokens[c].Lemma, "by", StringComparison.OrdinalIgnoreCase))
                {
                    agents.Add(obl);
                }
            }
        }

        return agents;
    }

    /// <summary>The object (the passive's subject), else the noun of the pattern's target slot, else an indirect object.</summary>
    private static List<int> Targets(IReadOnlyList<Token> tokens, int start, int end, int verb, bool passive, int targetWord)
    {
        var heads = Children(tokens, start, end, verb, d => passive ? d is "nsubj:pass" : d is "obj");
        if (heads.Count == 0 && targetWord >= 0)
        {
            // The word after a pattern's "+" may be a preposition's noun or the preposition itself.
            heads = [tokens[targetWord].Dep is "case" && tokens[targetWord].Head >= 0 ? tokens[targetWord].Head : targetWord];
        }

        if (heads.Count == 0)
        {
            heads = Children(tokens, start, end, verb, d => d is "iobj");
        }

        return WithConjuncts(tokens, start, end, heads);
    }

    private static List<int> WithConjuncts(IReadOnlyList<Token> tokens, int start, int end, List<int> heads)
    {
        var all = new List<int>(heads);
        for (var n = 0; n < all.Count; n++)
        {
            foreach (var conj in Children(tokens, start, end, all[n], d => d is "conj"))
            {
                if (!all.Contains(conj))
                {
                    all.Add(conj);
                }
            }
        }

        return all;
    }

    private static bool Negated(string text, IReadOnlyList<Token> tokens, int start, int end, int verb)
    {
        foreach (var child in Children(tokens, start, end, verb, d => d is "advmod" or "neg" or "aux" or "det"))
        {
            var word = text.AsSpan(tokens[child].Span.Start, tokens[child].Span.Length);
            if (word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("n't", StringComparison.OrdinalIgnoreCase)
                || word.Equals("never", StringComparison.OrdinalIgnoreCase) || tokens[child].Dep == "neg")
            {
                return true;
            }
        }

        return false;
    }
}
