namespace Chronicle.Language.Tagging;

/// <summary>Feature templates of the entity recogniser (shared by recognition and training).</summary>
internal static class NerFeatures
{
    public const int MaxFeatures = 112;

    private const ulong Boundary = 0x5A5A5A5A5A5A5A5AUL;

    /// <summary>Every feature of token <paramref name="i"/>: <see cref="ExtractStatic"/> then <see cref="ExtractDynamic"/>.</summary>
    /// <param name="history">The entity type (1-4) this word last received earlier in the document, or 0.</param>
    public static int Extract(TaggingScratch s, int i, int history, Span<uint> f)
    {
        var n = ExtractStatic(s, i, f);
        return n + ExtractDynamic(s, i, history, f[n..]);
    }

    /// <summary>
    /// The features that depend on the labels already given to earlier tokens (the previous two labels, and how this
    /// word was labelled before): the only ones a greedy left-to-right pass must compute token by token.
    /// </summary>
    public static int ExtractDynamic(TaggingScratch s, int i, int history, Span<uint> f)
    {
        var start = s.SentenceStart[i];
        var hasPrev = i - 1 >= start;
        ulong prev = hasPrev ? s.Ner[i - 1] : 99UL;
        ulong prev2 = i - 2 >= start ? s.Ner[i - 2] : 99UL;
        var n = 0;
        f[n++] = FeatureHash.Feature(24, prev);
        f[n++] = FeatureHash.Feature(25, prev, prev2);
        f[n++] = FeatureHash.Feature(26, prev, s.Shape[i]);
        f[n++] = FeatureHash.Feature(27, prev, s.Lower[i]);
        f[n++] = FeatureHash.Feature(31, (ulong)history);
        f[n++] = FeatureHash.Feature(32, (ulong)history, CaseFlags(s.Flags[i]));
        f[n++] = FeatureHash.Feature(35, prev, hasPrev ? s.Lower[i - 1] : Boundary);
        f[n++] = FeatureHash.Feature(64, prev, i + 1 < s.SentenceEnd[i] ? s.Lower[i + 1] : Boundary);
        f[n++] = FeatureHash.Feature(78, prev, (s.Cluster[i] >> 16) & 0xFFFF);
        return n;
    }

    /// <summary>
    /// The features fixed before a pass starts: <see cref="ExtractText"/> and, in a second pass, <see cref="ExtractAggregate"/>.
    /// They can be computed and scored for all tokens up front, where their memory reads overlap instead of waiting on
    /// each decision.
    /// </summary>
    public static int ExtractStatic(TaggingScratch s, int i, Span<uint> f)
    {
        var n = ExtractText(s, i, f);
        return n + ExtractAggregate(s, i, f[n..]);
    }

    /// <summary>The features fixed by the text alone: the same in both passes.</summary>
    public static int ExtractText(TaggingScratch s, int i, Span<uint> f)
    {
        var start = s.SentenceStart[i];
        var end = s.SentenceEnd[i];
        var n = 0;
        var hasPrev = i - 1 >= start;
        var hasNext = i + 1 < end;
        var flags = s.Flags[i];
        var lower = s.Lower[i];
        var shape = s.Shape[i];
        var caseFlags = CaseFlags(flags);
        var docFlags = (ulong)(flags & (TokenFlags.CapitalisedElsewhere | TokenFlags.LowerElsewhere));
        var prevLower = hasPrev ? s.Lower[i - 1] : Boundary;
        var nextLower = hasNext ? s.Lower[i + 1] : Boundary;
        var prevShape = hasPrev ? s.ShortShape[i - 1] : Boundary;
        var nextShape = hasNext ? s.ShortShape[i + 1] : Boundary;
        ulong pos = s.Pos[i];
        ulong prevPos = hasPrev ? s.Pos[i - 1] : 300UL;
        ulong nextPos = hasNext ? s.Pos[i + 1] : 300UL;

        f[n++] = FeatureHash.Feature(1, 0);
        f[n++] = FeatureHash.Feature(2, s.Cased[i]);
        f[n++] = FeatureHash.Feature(3, lower);
        f[n++] = FeatureHash.Feature(4, shape);
        f[n++] = FeatureHash.Feature(5, s.ShortShape[i]);
        f[n++] = FeatureHash.Feature(6, s.Prefix2[i]);
        f[n++] = FeatureHash.Feature(7, s.Prefix3[i]);
        f[n++] = FeatureHash.Feature(8, s.Prefix4[i]);
        f[n++] = FeatureHash.Feature(9, s.Suffix2[i]);
        f[n++] = FeatureHash.Feature(10, s.Suffix3[i]);
        f[n++] = FeatureHash.Feature(11, s.Suffix4[i]);
        f[n++] = FeatureHash.Feature(12, pos);
        f[n++] = FeatureHash.Feature(13, prevPos, pos);
        f[n++] = FeatureHash.Feature(14, pos, nextPos);
        f[n++] = FeatureHash.Feature(15, prevLower);
        f[n++] = FeatureHash.Feature(16, nextLower);
        f[n++] = FeatureHash.Feature(17, i - 2 >= start ? s.Lower[i - 2] : Boundary);
        f[n++] = FeatureHash.Feature(18, i + 2 < end ? s.Lower[i + 2] : Boundary);
        f[n++] = FeatureHash.Feature(19, prevShape);
        f[n++] = FeatureHash.Feature(20, nextShape);
        f[n++] = FeatureHash.Feature(21, prevShape, s.ShortShape[i], nextShape);
        f[n++] = FeatureHash.Feature(22, prevLower, lower);
        f[n++] = FeatureHash.Feature(23, lower, nextLower);
        f[n++] = FeatureHash.Feature(28, caseFlags);
        f[n++] = FeatureHash.Feature(29, caseFlags, docFlags);
        f[n++] = FeatureHash.Feature(30, docFlags, s.ShortShape[i]);
        f[n++] = FeatureHash.Feature(33, hasPrev ? s.Cased[i - 1] : Boundary);
        f[n++] = FeatureHash.Feature(34, hasNext ? s.Cased[i + 1] : Boundary);
        f[n++] = FeatureHash.Feature(36, prevPos);
        f[n++] = FeatureHash.Feature(37, nextPos);
        f[n++] = FeatureHash.Feature(60, prevLower, s.ShortShape[i]);
        f[n++] = FeatureHash.Feature(61, s.ShortShape[i], nextLower);
        f[n++] = FeatureHash.Feature(62, hasPrev ? s.Suffix3[i - 1] : Boundary);
        f[n++] = FeatureHash.Feature(63, hasNext ? s.Suffix3[i + 1] : Boundary);
        f[n++] = FeatureHash.Feature(65, s.Exact[i], caseFlags);

        // Word clusters (coarse, middle, fine), the middle one with case and neighbours.
        var cluster = s.Cluster[i];
        var middle = (cluster >> 16) & 0xFFFF;
        var prevMiddle = hasPrev ? (s.Cluster[i - 1] >> 16) & 0xFFFF : 0xFFFFUL;
        var nextMiddle = hasNext ? (s.Cluster[i + 1] >> 16) & 0xFFFF : 0xFFFFUL;
        f[n++] = FeatureHash.Feature(70, cluster & 0xFFFF);
        f[n++] = FeatureHash.Feature(71, middle);
        f[n++] = FeatureHash.Feature(72, (cluster >> 32) & 0xFFFF);
        f[n++] = FeatureHash.Feature(73, middle, caseFlags);
        f[n++] = FeatureHash.Feature(74, prevMiddle);
        f[n++] = FeatureHash.Feature(75, nextMiddle);
        f[n++] = FeatureHash.Feature(76, prevMiddle, middle);
        f[n++] = FeatureHash.Feature(77, middle, nextMiddle);

        // Gazetteer matches: each type/position bit of this token, the type bits around it.
        var names = s.Names[i];
        for (var bit = 0; bit < 18; bit++)
        {
            if ((names & (1u << bit)) != 0)
            {
                f[n++] = FeatureHash.Feature(40, (ulong)bit);
                f[n++] = FeatureHash.Feature(41, (ulong)bit, caseFlags);
            }
        }

        if (hasPrev)
        {
            f[n++] = FeatureHash.Feature(42, TypeBits(s.Names[i - 1]));
        }

        if (hasNext)
        {
            f[n++] = FeatureHash.Feature(43, TypeBits(s.Names[i + 1]));
        }

        return n;
    }

    /// <summary>
    /// The features of a second pass: how a first pass labelled the same word elsewhere in the document
    /// (none while <see cref="TaggingScratch.Aggregate"/> is 0, as in a first pass).
    /// </summary>
    public static int ExtractAggregate(TaggingScratch s, int i, Span<uint> f)
    {
        var aggregate = s.Aggregate[i];
        if (aggregate == 0)
        {
            return 0;
        }

        var n = 0;
        var caseFlags = CaseFlags(s.Flags[i]);
        var majority = 0;
        var most = 0u;
        for (var t = 0; t < 4; t++)
        {
            var count = (aggregate >> (t * 8)) & 0xFF;
            if (count > 0)
            {
                f[n++] = FeatureHash.Feature(50, (ulong)t, Math.Min(count, 3u));
            }

            if (count > most)
            {
                (majority, most) = (t + 1, count);
            }
        }

        f[n++] = FeatureHash.Feature(51, (ulong)majority, caseFlags);
        f[n++] = FeatureHash.Feature(52, (ulong)majority, s.ShortShape[i]);
        return n;
    }

    private static ulong CaseFlags(TokenFlags flags) =>
        (ulong)(flags & (TokenFlags.InitialCapital | TokenFlags.AllCapitals | TokenFlags.SentenceInitial | TokenFlags.CapitalsSentence));

    private static ulong TypeBits(uint names)
    {
        ulong types = 0;
        for (var bit = 0; bit < 4; bit++)
        {
            if ((names & (0xFu << (bit * 4))) != 0)
            {
                types |= 1UL << bit;
            }
        }

        return types | (ulong)(names >> 16) << 4;
    }
}
