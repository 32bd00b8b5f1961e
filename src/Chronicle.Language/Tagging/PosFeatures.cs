namespace Chronicle.Language.Tagging;

/// <summary>Feature templates of the part-of-speech tagger (shared by tagging and training).</summary>
internal static class PosFeatures
{
    public const int MaxFeatures = 24;

    private const ulong Boundary = 0x5A5A5A5A5A5A5A5AUL;

    /// <summary>Every feature of token <paramref name="i"/>: <see cref="ExtractStatic"/> then <see cref="ExtractDynamic"/>.</summary>
    public static int Extract(TaggingScratch s, int i, Span<uint> f)
    {
        var n = ExtractStatic(s, i, f);
        return n + ExtractDynamic(s, i, f[n..]);
    }

    /// <summary>The features that depend on the tags already given to the previous two tokens.</summary>
    public static int ExtractDynamic(TaggingScratch s, int i, Span<uint> f)
    {
        var start = s.SentenceStart[i];
        ulong prev = i - 1 >= start ? s.Pos[i - 1] : 300UL;
        ulong prev2 = i - 2 >= start ? s.Pos[i - 2] : 300UL;
        f[0] = FeatureHash.Feature(7, prev);
        f[1] = FeatureHash.Feature(8, prev, prev2);
        f[2] = FeatureHash.Feature(9, prev, s.Lower[i]);
        return 3;
    }

    /// <summary>The features fixed by the text, which can be scored for all tokens before any tag is chosen.</summary>
    public static int ExtractStatic(TaggingScratch s, int i, Span<uint> f)
    {
        var start = s.SentenceStart[i];
        var end = s.SentenceEnd[i];
        var n = 0;
        var flags = s.Flags[i];
        var lower = s.Lower[i];
        f[n++] = FeatureHash.Feature(1, 0);
        f[n++] = FeatureHash.Feature(2, lower);
        f[n++] = FeatureHash.Feature(3, s.Suffix3[i]);
        f[n++] = FeatureHash.Feature(4, s.Suffix2[i]);
        f[n++] = FeatureHash.Feature(5, s.Prefix2[i]);
        f[n++] = FeatureHash.Feature(6, s.Shape[i]);
        f[n++] = FeatureHash.Feature(10, i - 1 >= start ? s.Lower[i - 1] : Boundary);
        f[n++] = FeatureHash.Feature(11, i - 1 >= start ? s.Suffix3[i - 1] : Boundary);
        f[n++] = FeatureHash.Feature(12, i - 2 >= start ? s.Lower[i - 2] : Boundary);
        f[n++] = FeatureHash.Feature(13, i + 1 < end ? s.Lower[i + 1] : Boundary);
        f[n++] = FeatureHash.Feature(14, i + 1 < end ? s.Suffix3[i + 1] : Boundary);
        f[n++] = FeatureHash.Feature(15, i + 2 < end ? s.Lower[i + 2] : Boundary);
        f[n++] = FeatureHash.Feature(16, (ulong)(flags & (TokenFlags.InitialCapital | TokenFlags.AllCapitals | TokenFlags.SentenceInitial | TokenFlags.HasDigit | TokenFlags.HasHyphen)));
        f[n++] = FeatureHash.Feature(17, s.Exact[i]);
        f[n++] = FeatureHash.Feature(18, s.Suffix4[i]);
        f[n++] = FeatureHash.Feature(19, lower, i + 1 < end ? s.Lower[i + 1] : Boundary);
        f[n++] = FeatureHash.Feature(20, i - 1 >= start ? s.Lower[i - 1] : Boundary, lower);
        return n;
    }
}
