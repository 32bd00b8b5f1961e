using Chronicle.Language.Tagging;

namespace Chronicle.Language.Syntax;

/// <summary>
/// Feature templates of the transition parser (after Zhang and Nivre 2011: words, tags, children, valency,
/// distance and label sets of the stack top and the buffer front, plus word clusters) and of the arc labeller.
/// Shared by parsing and training.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxActionFeatures = 96;
    public const int MaxLabelFeatures = 32;

    private static ulong Distance(int a, int b)
    {
        var d = Math.Abs(a - b);
        return d switch
        {
            <= 4 => (ulong)d,
            <= 7 => 5,
            <= 12 => 6,
            _ => 7,
        };
    }

    /// <summary>Word positions whose own features (<see cref="Word"/>) start the action features, in this order.</summary>
    public const int WordRoles = 4;

    /// <summary>Features of the position in <paramref name="role"/> (s0, n0, n1, n2) that read only that word: its word with tag, word and tag.</summary>
    public static int Word(ParseState s, int role, int i, Span<uint> f)
    {
        var template = 1 + (role * 3);
        f[0] = FeatureHash.Feature(template, s.WordTag[i]);
        f[1] = FeatureHash.Feature(template + 1, s.Word[i]);
        f[2] = FeatureHash.Feature(template + 2, s.Tag[i]);
        return 3;
    }

    /// <summary>The positions in the word roles of <see cref="Word"/>: s0, n0, n1, n2.</summary>
    public static int RolePosition(ParseState s, int role) => role switch
    {
        0 => s.S0,
        1 => s.N0,
        _ => Math.Min(s.Buffer + role - 1, s.Nil),
    };

    /// <summary>All features of the next action: the four word roles' own features, then <see cref="Context"/>'s.</summary>
    public static int Action(ParseState s, Span<uint> f)
    {
        var k = 0;
        for (var role = 0; role < WordRoles; role++)
        {
            k += Word(s, role, RolePosition(s, role), f[k..]);
        }

        return k + Context(s, f[k..]);
    }

    /// <summary>The action features beyond each word's own: pairs, triples, children, valency, distance, labels, clusters.</summary>
    public static int Context(ParseState s, Span<uint> f)
    {
        var w = s.Word;
        var p = s.Tag;
        var wp = s.WordTag;
        var c = s.Cluster;
        var s0 = s.S0;
        var s1 = s.S1;
        var n0 = s.N0;
        var n1 = Math.Min(s.Buffer + 1, s.Nil);
        var n2 = Math.Min(s.Buffer + 2, s.Nil);
        var nil = s.Nil;
        var s0h = s.Head[s0] >= 0 ? s.Head[s0] : nil;
        var s0h2 = s0h != nil && s.Head[s0h] >= 0 ? s.Head[s0h] : nil;
        var s0l = s.Left1[s0];
        var s0l2 = s.Left2[s0];
        var s0r = s.Right1[s0];
        var s0r2 = s.Right2[s0];
        var n0l = s.Left1[n0];
        var n0l2 = s.Left2[n0];
        var d = s0 != nil && n0 != nil ? Distance(s0, n0) : 0;
        ulong Lab(int i) => s.Label[i];

        var k = 0;
        f[k++] = FeatureHash.Feature(13, wp[s0], wp[n0]);
        f[k++] = FeatureHash.Feature(14, wp[s0], w[n0]);
        f[k++] = FeatureHash.Feature(15, w[s0], wp[n0]);
        f[k++] = FeatureHash.Feature(16, wp[s0], p[n0]);
        f[k++] = FeatureHash.Feature(17, p[s0], wp[n0]);
        f[k++] = FeatureHash.Feature(18, w[s0], w[n0]);
        f[k++] = FeatureHash.Feature(19, p[s0], p[n0]);
        f[k++] = FeatureHash.Feature(20, p[n0], p[n1]);

        f[k++] = FeatureHash.Feature(21, p[n0], p[n1], p[n2]);
        f[k++] = FeatureHash.Feature(22, p[s0], p[n0], p[n1]);
        f[k++] = FeatureHash.Feature(23, p[s0h], p[s0], p[n0]);
        f[k++] = FeatureHash.Feature(24, p[s0], p[s0l], p[n0]);
        f[k++] = FeatureHash.Feature(25, p[s0], p[s0r], p[n0]);
        f[k++] = FeatureHash.Feature(26, p[s0], p[n0], p[n0l]);

        f[k++] = FeatureHash.Feature(27, w[s0], d);
        f[k++] = FeatureHash.Feature(28, p[s0], d);
        f[k++] = FeatureHash.Feature(29, w[n0], d);
        f[k++] = FeatureHash.Feature(30, p[n0], d);
        f[k++] = FeatureHash.Feature(31, w[s0], w[n0], d);
        f[k++] = FeatureHash.Feature(32, p[s0], p[n0], d);

        ulong s0vr = s.RightCount[s0], s0vl = s.LeftCount[s0], n0vl = s.LeftCount[n0];
        f[k++] = FeatureHash.Feature(33, w[s0], s0vr);
        f[k++] = FeatureHash.Feature(34, p[s0], s0vr);
        f[k++] = FeatureHash.Feature(35, w[s0], s0vl);
        f[k++] = FeatureHash.Feature(36, p[s0], s0vl);
        f[k++] = FeatureHash.Feature(37, w[n0], n0vl);
        f[k++] = FeatureHash.Feature(38, p[n0], n0vl);

        f[k++] = FeatureHash.Feature(39, w[s0h]);
        f[k++] = FeatureHash.Feature(40, p[s0h]);
        f[k++] = FeatureHash.Feature(41, Lab(s0));
        f[k++] = FeatureHash.Feature(42, w[s0l]);
        f[k++] = FeatureHash.Feature(43, p[s0l]);
        f[k++] = FeatureHash.Feature(44, Lab(s0l));
        f[k++] = FeatureHash.Feature(45, w[s0r]);
        f[k++] = FeatureHash.Feature(46, p[s0r]);
        f[k++] = FeatureHash.Feature(47, Lab(s0r));
        f[k++] = FeatureHash.Feature(48, w[n0l]);
        f[k++] = FeatureHash.Feature(49, p[n0l]);
        f[k++] = FeatureHash.Feature(50, Lab(n0l));

        f[k++] = FeatureHash.Feature(51, w[s0h2]);
        f[k++] = FeatureHash.Feature(52, p[s0h2]);
        f[k++] = FeatureHash.Feature(53, Lab(s0h));
        f[k++] = FeatureHash.Feature(54, w[s0l2]);
        f[k++] = FeatureHash.Feature(55, p[s0l2]);
        f[k++] = FeatureHash.Feature(56, Lab(s0l2));
        f[k++] = FeatureHash.Feature(57, w[s0r2]);
        f[k++] = FeatureHash.Feature(58, p[s0r2]);
        f[k++] = FeatureHash.Feature(59, Lab(s0r2));
        f[k++] = FeatureHash.Feature(60, w[n0l2]);
        f[k++] = FeatureHash.Feature(61, p[n0l2]);
        f[k++] = FeatureHash.Feature(62, Lab(n0l2));
        f[k++] = FeatureHash.Feature(63, p[s0], p[s0l], p[s0l2]);
        f[k++] = FeatureHash.Feature(64, p[s0], p[s0r], p[s0r2]);
        f[k++] = FeatureHash.Feature(65, p[s0], p[s0h], p[s0h2]);
        f[k++] = FeatureHash.Feature(66, p[n0], p[n0l], p[n0l2]);

        ulong s0sr = s.RightLabels[s0], s0sl = s.LeftLabels[s0], n0sl = s.LeftLabels[n0];
        f[k++] = FeatureHash.Feature(67, w[s0], s0sr);
        f[k++] = FeatureHash.Feature(68, p[s0], s0sr);
        f[k++] = FeatureHash.Feature(69, w[s0], s0sl);
        f[k++] = FeatureHash.Feature(70, p[s0], s0sl);
        f[k++] = FeatureHash.Feature(71, w[n0], n0sl);
        f[k++] = FeatureHash.Feature(72, p[n0], n0sl);

        // Beyond the original set: the second stack word, word clusters, and whether the root is taken.
        f[k++] = FeatureHash.Feature(73, p[s1], p[s0], p[n0]);
        f[k++] = FeatureHash.Feature(74, w[s1]);
        f[k++] = FeatureHash.Feature(75, p[s1], wp[n0]);
        f[k++] = FeatureHash.Feature(76, c[s0]);
        f[k++] = FeatureHash.Feature(77, c[n0]);
        f[k++] = FeatureHash.Feature(78, c[n1]);
        f[k++] = FeatureHash.Feature(79, c[s0] & 0xFFFF_FFFF, c[n0] & 0xFFFF_FFFF);
        f[k++] = FeatureHash.Feature(80, c[s0], p[n0]);
        f[k++] = FeatureHash.Feature(81, p[s0], c[n0]);
        f[k++] = FeatureHash.Feature(82, s.RootTaken ? 1UL : 0UL, p[s0], p[n0]);
        f[k++] = FeatureHash.Feature(83, 0);
        f[k++] = FeatureHash.Feature(84, s.Suffix[s0], p[s0]);
        f[k++] = FeatureHash.Feature(85, s.Suffix[n0], p[n0]);
        f[k++] = FeatureHash.Feature(86, w[n0], w[n1]);
        f[k++] = FeatureHash.Feature(87, p[s0], w[n0], p[n1]);
        f[k++] = FeatureHash.Feature(88, w[s0], p[s0l], p[n0]);
        f[k++] = FeatureHash.Feature(89, p[s1], p[s0], w[n0]);
        return k;
    }

    /// <summary>Features of the relation on a new arc from <paramref name="h"/> to <paramref name="d"/>.</summary>
    public static int Label(ParseState s, int h, int d, Span<uint> f)
    {
        var w = s.Word;
        var p = s.Tag;
        var nil = s.Nil;
        ulong dir = d < h ? 1UL : 2UL;
        var dist = Distance(h, d);
        var prev = d > 1 ? d - 1 : nil;
        var next = d < s.N ? d + 1 : nil;
        var hh = s.Head[h] >= 0 ? s.Head[h] : nil;
        var k = 0;
        f[k++] = FeatureHash.Feature(101, w[d]);
        f[k++] = FeatureHash.Feature(102, p[d]);
        f[k++] = FeatureHash.Feature(103, w[h]);
        f[k++] = FeatureHash.Feature(104, p[h]);
        f[k++] = FeatureHash.Feature(105, p[h], p[d], dir);
        f[k++] = FeatureHash.Feature(106, w[h], p[d], dir);
        f[k++] = FeatureHash.Feature(107, p[h], w[d], dir);
        f[k++] = FeatureHash.Feature(108, w[h], w[d]);
        f[k++] = FeatureHash.Feature(109, p[d], dir, dist);
        f[k++] = FeatureHash.Feature(110, s.Cluster[d]);
        f[k++] = FeatureHash.Feature(111, s.Cluster[h] & 0xFFFF_FFFF, p[d], dir);
        f[k++] = FeatureHash.Feature(112, p[d], s.Label[s.Left1[d]]);
        f[k++] = FeatureHash.Feature(113, p[d], w[s.Left1[d]]);
        f[k++] = FeatureHash.Feature(114, p[d], p[s.Right1[d]]);
        f[k++] = FeatureHash.Feature(115, p[d], s.Label[s.Right1[d]]);
        f[k++] = FeatureHash.Feature(116, p[h], p[d], s.LeftLabels[h] * 4 + dir);
        f[k++] = FeatureHash.Feature(117, p[h], p[d], s.RightLabels[h] * 4 + dir);
        f[k++] = FeatureHash.Feature(118, p[d], p[prev]);
        f[k++] = FeatureHash.Feature(119, p[d], p[next]);
        f[k++] = FeatureHash.Feature(120, p[h], s.Label[h], dir);
        f[k++] = FeatureHash.Feature(121, w[d], p[h], dir);
        f[k++] = FeatureHash.Feature(122, p[d], p[s.Left1[d]], p[s.Left2[d]]);
        f[k++] = FeatureHash.Feature(123, 0);
        f[k++] = FeatureHash.Feature(124, p[d], ((ulong)s.LeftCount[d] << 8) | s.RightCount[d]);
        f[k++] = FeatureHash.Feature(125, p[h], p[hh], p[d]);
        f[k++] = FeatureHash.Feature(126, p[d], s.LeftLabels[d], s.RightLabels[d]);
        f[k++] = FeatureHash.Feature(127, w[d], w[s.Left1[d]], dir);
        f[k++] = FeatureHash.Feature(128, s.Suffix[d], p[d], p[h]);
        f[k++] = FeatureHash.Feature(129, p[d], w[next]);
        f[k++] = FeatureHash.Feature(130, w[h], p[d], s.Label[s.Left1[d]]);
        return k;
    }
}
