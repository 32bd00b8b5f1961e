using Chronicle.Language.Syntax;

namespace Chronicle.Training;

/// <summary>
/// The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012): how many gold arcs an action makes
/// unreachable from the current configuration, for a projective gold tree (heads 1-based, 0 the root).
/// </summary>
internal static class ParserOracle
{
    public static int Cost(ParseState s, int action, ReadOnlySpan<int> gold)
    {
        var b = s.Buffer;
        var s0 = s.S0;
        var cost = 0;
        switch (action)
        {
            case ParseState.Left:
                cost += gold[s0] > b ? 1 : 0;
                cost += DependentsInBuffer(s, s0, gold);
                break;
            case ParseState.Right:
                if (gold[b] != s0 && (gold[b] > b || OnStack(s, gold[b])))
                {
                    cost++;
                }

                cost += UnattachedOnStack(s, b, gold);
                break;
            case ParseState.Reduce:
                cost += DependentsInBuffer(s, s0, gold);
                break;
            default:
                cost += OnStack(s, gold[b]) ? 1 : 0;
                cost += UnattachedOnStack(s, b, gold);
                break;
        }

        return cost;
    }

    private static int DependentsInBuffer(ParseState s, int head, ReadOnlySpan<int> gold)
    {
        var count = 0;
        for (var k = s.Buffer; k <= s.N; k++)
        {
            count += gold[k] == head ? 1 : 0;
        }

        return count;
    }

    private static bool OnStack(ParseState s, int word)
    {
        for (var k = 0; k < s.Depth; k++)
        {
            if (s.Stack[k] == word)
            {
                return true;
            }
        }

        return false;
    }

    private static int UnattachedOnStack(ParseState s, int head, ReadOnlySpan<int> gold)
    {
        var count = 0;
        for (var k = 0; k < s.Depth; k++)
        {
            var w = s.Stack[k];
            count += w != 0 && s.Head[w] < 0 && gold[w] == head ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Makes a tree projective by lifting: while an arc crosses another, its dependent (shortest arc first) is
    /// re-attached to its head's head. <paramref name="heads"/> are 1-based (0 the root), index 0 unused.
    /// </summary>
    public static int Projectivize(int[] heads)
    {
        var lifted = 0;
        while (true)
        {
            var worst = -1;
            for (var d = 1; d < heads.Length; d++)
            {
                if (!IsProjective(heads, d))
                {
                    if (worst < 0 || Math.Abs(heads[d] - d) < Math.Abs(heads[worst] - worst))
                    {
                        worst = d;
                    }
                }
            }

            if (worst < 0 || heads[worst] == 0)
            {
                return lifted;
            }

            heads[worst] = heads[heads[worst]];
            lifted++;
        }
    }

    /// <summary>Whether every word between a dependent and its head descends from that head.</summary>
    private static bool IsProjective(int[] heads, int d)
    {
        var h = heads[d];
        var (from, to) = h < d ? (h + 1, d) : (d + 1, h);
        for (var k = from; k < to; k++)
        {
            var a = k;
            var steps = 0;
            while (a != 0 && a != h && steps++ < heads.Length)
            {
                a = heads[a];
            }

            if (a != h)
            {
                return false;
            }
        }

        return true;
    }
}
