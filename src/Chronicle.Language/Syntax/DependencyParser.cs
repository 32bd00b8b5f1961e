using Chronicle.Language.Tagging;

namespace Chronicle.Language.Syntax;

/// <summary>
/// Greedy arc-eager parsing: the transition weights choose shift, reduce, left-arc or right-arc; each new arc is
/// given a relation at once by the labeller, so later decisions see it. Words left without a head at the end are
/// attached to the root word.
/// </summary>
internal sealed class DependencyParser
{
    private readonly ActionWeights _actions;
    private readonly PerceptronModel _relations;
    private readonly byte _root;

    public DependencyParser(ActionWeights actions, PerceptronModel relations, byte rootLabel)
    {
        _actions = actions;
        _relations = relations;
        _root = rootLabel;
    }

    /// <summary>Parses the sentence whose word facts <paramref name="s"/> holds (after <see cref="ParseState.Reset"/>).</summary>
    public void Parse(ParseState s)
    {
        Span<uint> features = stackalloc uint[ParserFeatures.MaxActionFeatures];
        Span<float> scores = stackalloc float[ParseState.Actions];
        while (!s.Done)
        {
            Score(s, features, scores);
            var action = Best(s, scores);
            var label = ParseState.NoLabel;
            if (action >= ParseState.Left)
            {
                var (head, dependent) = s.ArcOf(action);
                label = Relation(s, head, dependent);
            }

            s.Apply(action, label);
        }

        Finish(s);
    }

    /// <summary>
    /// The action scores of the current configuration. A compact model sums each word's own features once per
    /// sentence and role (s0, n0, n1, n2; kept in the state) and reads only the context features at every step; the
    /// integer sums, and so the scores, are exactly those of all features read at once.
    /// </summary>
    public void Score(ParseState s, Span<uint> features, Span<float> scores)
    {
        if (!_actions.IsCompact)
        {
            var all = ParserFeatures.Action(s, features);
            _actions.Score(features[..all], scores);
            return;
        }

        Span<int> sums = stackalloc int[ParseState.Actions];
        sums.Clear();
        for (var role = 0; role < ParserFeatures.WordRoles; role++)
        {
            var position = ParserFeatures.RolePosition(s, role);
            var slot = (position * ParserFeatures.WordRoles) + role;
            var cached = s.WordSums.AsSpan(slot * ParseState.Actions, ParseState.Actions);
            if (!s.WordSummed[slot])
            {
                cached.Clear();
                _actions.AddTo(features[..ParserFeatures.Word(s, role, position, features)], cached);
                s.WordSummed[slot] = true;
            }

            for (var a = 0; a < ParseState.Actions; a++)
            {
                sums[a] += cached[a];
            }
        }

        var n = ParserFeatures.Context(s, features);
        _actions.AddTo(features[..n], sums);
        _actions.ToScores(sums, scores);
    }

    /// <summary>The highest-scoring valid action.</summary>
    public static int Best(ParseState s, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < ParseState.Actions; a++)
        {
            if (s.IsValid(a) && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }

        return best;
    }

    /// <summary>The relation of a new arc: root for the root's child, else the labeller's best other relation.</summary>
    public byte Relation(ParseState s, int head, int dependent)
    {
        if (head == 0)
        {
            return _root;
        }

        Span<uint> features = stackalloc uint[ParserFeatures.MaxLabelFeatures];
        Span<float> scores = stackalloc float[_relations.Classes];
        var n = ParserFeatures.Label(s, head, dependent, features);
        if (_relations.IsCompact)
        {
            Span<int> sums = stackalloc int[_relations.SumWidth];
            sums.Clear();
            _relations.AddTo(features[..n], sums);
            _relations.ToScores(sums, scores);
        }
        else
        {
            _relations.Score(features[..n], scores);
        }

        return BestRelation(scores, _root);
    }

    public static byte BestRelation(ReadOnlySpan<float> scores, byte root)
    {
        var best = root == 0 ? 1 : 0;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != root && scores[c] > scores[best])
            {
                best = c;
            }
        }

        return (byte)best;
    }

    /// <summary>Gives every word still without a head one: the first becomes the root's child if it has none, the rest attach to it.</summary>
    public void Finish(ParseState s)
    {
        var top = 0;
        for (var i = 1; i <= s.N && top == 0; i++)
        {
            top = s.Head[i] == 0 ? i : 0;
        }

        for (var i = 1; i <= s.N; i++)
        {
            if (s.Head[i] >= 0)
            {
                continue;
            }

            if (top == 0)
            {
                top = i;
                s.AddArc(0, i, _root);
                s.RootTaken = true;
                continue;
            }

            s.AddArc(top, i, Relation(s, top, i));
        }
    }
}
