using Chronicle.Language.Tagging;

namespace Chronicle.Language.Syntax;

/// <summary>
/// The syntax tagger's templates: the Penn tagger's (<see cref="PosFeatures"/>) plus word clusters of the token and
/// its neighbours, a longer prefix, the short shape, the two neighbours together, and the previous tag with the next
/// word and with the ending.
/// </summary>
internal readonly struct SyntaxTagFeatures : ITagFeatures
{
    private const ulong Boundary = 0x5A5A5A5A5A5A5A5AUL;

    public static int MaxFeatures => PosFeatures.MaxFeatures + 12;

    public static int ExtractStatic(TaggingScratch s, int i, Span<uint> f)
    {
        var n = PosFeatures.ExtractStatic(s, i, f);
        var start = s.SentenceStart[i];
        var end = s.SentenceEnd[i];
        var prev = i - 1 >= start ? s.Lower[i - 1] : Boundary;
        var next = i + 1 < end ? s.Lower[i + 1] : Boundary;
        f[n++] = FeatureHash.Feature(41, s.Cluster[i]);
        f[n++] = FeatureHash.Feature(42, s.Cluster[i] & 0xFFFF_FFFF);
        f[n++] = FeatureHash.Feature(43, i - 1 >= start ? s.Cluster[i - 1] & 0xFFFF_FFFF : Boundary);
        f[n++] = FeatureHash.Feature(44, i + 1 < end ? s.Cluster[i + 1] & 0xFFFF_FFFF : Boundary);
        f[n++] = FeatureHash.Feature(45, s.Prefix3[i]);
        f[n++] = FeatureHash.Feature(46, s.ShortShape[i]);
        f[n++] = FeatureHash.Feature(47, prev, next);
        f[n++] = FeatureHash.Feature(48, s.Suffix3[i], next);
        return n;
    }

    public static int ExtractDynamic(TaggingScratch s, int i, Span<uint> f)
    {
        var n = PosFeatures.ExtractDynamic(s, i, f);
        var start = s.SentenceStart[i];
        var end = s.SentenceEnd[i];
        ulong prev = i - 1 >= start ? s.Pos[i - 1] : 300UL;
        f[n++] = FeatureHash.Feature(49, prev, i + 1 < end ? s.Lower[i + 1] : Boundary);
        f[n++] = FeatureHash.Feature(50, prev, s.Suffix3[i]);
        return n;
    }
}
