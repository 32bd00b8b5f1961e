using Chronicle.Language.Tagging;

namespace Chronicle.Attribution.Learned;

/// <summary>
/// Feature templates of the two taggers. The cue tagger labels reporting cues (said, told, according to) from the word,
/// its neighbours and whether it sits in a quotation; the role tagger, given one cue, labels the content and the source
/// of that cue from each token's word and its position relative to the cue (side, distance, same sentence, commas and
/// quote marks in between).
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>Room for every template of either tagger.</summary>
    public const int MaxFeatures = 48;

    private const ulong None = 0x5bd1e995UL;

    public static int Cue(AttributionTokens t, int i, int previous, Span<uint> f)
    {
        var n = 0;
        var w = t.Lower[i];
        var p = t.Pos[i];
        var q = t.InQuote[i] ? 1UL : 0UL;
        f[n++] = FeatureHash.Feature(1, 1);
        f[n++] = FeatureHash.Feature(2, w);
        f[n++] = FeatureHash.Feature(3, p);
        f[n++] = FeatureHash.Feature(4, w, p);
        f[n++] = FeatureHash.Feature(5, t.Suffix[i], p);
        f[n++] = FeatureHash.Feature(6, t.Shape[i]);
        f[n++] = FeatureHash.Feature(7, Word(t, i - 1), w);
        f[n++] = FeatureHash.Feature(8, w, Word(t, i + 1));
        f[n++] = FeatureHash.Feature(9, Word(t, i - 1));
        f[n++] = FeatureHash.Feature(10, Word(t, i + 1));
        f[n++] = FeatureHash.Feature(11, Word(t, i - 2));
        f[n++] = FeatureHash.Feature(12, Word(t, i + 2));
        f[n++] = FeatureHash.Feature(13, PosAt(t, i - 1), p);
        f[n++] = FeatureHash.Feature(14, p, PosAt(t, i + 1));
        f[n++] = FeatureHash.Feature(15, q, w);
        f[n++] = FeatureHash.Feature(16, q, p);
        f[n++] = FeatureHash.Feature(17, (ulong)previous);
        f[n++] = FeatureHash.Feature(18, (ulong)previous, w);
        f[n++] = FeatureHash.Feature(19, (ulong)previous, p);
        f[n++] = FeatureHash.Feature(20, t.StartsSentence(i) ? 1UL : 0UL, w);
        f[n++] = FeatureHash.Feature(21, MarkNear(t, i), w);
        f[n++] = FeatureHash.Feature(22, MarkNear(t, i), p);
        f[n++] = FeatureHash.Feature(23, Word(t, i - 1), w, Word(t, i + 1));
        return n;
    }

    /// <summary>Features of token <paramref name="i"/> for the role tagger, given the cue <c>[cueStart, cueEnd)</c>.</summary>
    public static int Role(AttributionTokens t, int i, int cueStart, int cueEnd, int previous, Span<uint> f)
    {
        var n = 0;
        var w = t.Lower[i];
        var p = t.Pos[i];
        var side = i < cueStart ? 0UL : i >= cueEnd ? 2UL : 1UL;
        var distance = i < cueStart ? cueStart - i : i >= cueEnd ? i - cueEnd + 1 : 0;
        var bucket = Bucket(distance);
        var lo = Math.Min(i, cueStart);
        var hi = Math.Max(i + 1, cueEnd);
        var commas = (ulong)Math.Min(3, t.Commas[hi] - t.Commas[lo]);
        var marks = (ulong)Math.Min(3, t.Marks[hi] - t.Marks[lo]);
        var sentences = (ulong)Math.Clamp(t.Sentence[i] - t.Sentence[cueStart] + 3, 0, 6);
        var cue = t.Lower[cueStart];
        var cueLast = t.Lower[cueEnd - 1];
        var q = t.InQuote[i] ? 1UL : 0UL;
        var cq = t.InQuote[cueStart] ? 1UL : 0UL;
        var prev = (ulong)previous;
        var where = (side * 8) + bucket;
        f[n++] = FeatureHash.Feature(30, 1);
        f[n++] = FeatureHash.Feature(31, where);
        f[n++] = FeatureHash.Feature(32, where, prev);
        f[n++] = FeatureHash.Feature(33, side, w);
        f[n++] = FeatureHash.Feature(34, side, p);
        f[n++] = FeatureHash.Feature(35, where, p);
        f[n++] = FeatureHash.Feature(36, side, prev, p);
        f[n++] = FeatureHash.Feature(37, side, prev, w);
        f[n++] = FeatureHash.Feature(38, side, q, cq);
        f[n++] = FeatureHash.Feature(39, side, q, prev);
        f[n++] = FeatureHash.Feature(40, side, commas, marks);
        f[n++] = FeatureHash.Feature(41, side, sentences);
        f[n++] = FeatureHash.Feature(42, side, sentences, prev);
        f[n++] = FeatureHash.Feature(43, side, cue);
        f[n++] = FeatureHash.Feature(44, where, cueLast);
        f[n++] = FeatureHash.Feature(45, side, cue, p);
        f[n++] = FeatureHash.Feature(46, side, commas, prev);
        f[n++] = FeatureHash.Feature(47, side, marks, q);
        f[n++] = FeatureHash.Feature(48, side, Word(t, i - 1), p);
        f[n++] = FeatureHash.Feature(49, side, w, Word(t, i + 1));
        f[n++] = FeatureHash.Feature(50, side, PosAt(t, i - 1), p);
        f[n++] = FeatureHash.Feature(51, side, t.Shape[i], prev);
        f[n++] = FeatureHash.Feature(52, where, Word(t, cueEnd));
        f[n++] = FeatureHash.Feature(53, side, Word(t, cueStart - 1), bucket);
        f[n++] = FeatureHash.Feature(54, side, t.StartsSentence(i) ? 1UL : 0UL, prev);
        f[n++] = FeatureHash.Feature(55, side, t.EndsSentence(i) ? 1UL : 0UL, prev);
        f[n++] = FeatureHash.Feature(56, side, t.IsMark[i] ? 1UL : 0UL, prev);
        f[n++] = FeatureHash.Feature(57, side, q, sentences);
        f[n++] = FeatureHash.Feature(58, where, commas);
        f[n++] = FeatureHash.Feature(59, side, cq, prev);
        f[n++] = FeatureHash.Feature(60, side, prev, Word(t, i - 1));
        f[n++] = FeatureHash.Feature(61, side, FeatureHash.Combine(prev, Word(t, i - 1)), w);
        return n;
    }

    private static ulong Bucket(int distance) => distance switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 8 => 4,
        <= 16 => 5,
        <= 32 => 6,
        _ => 7,
    };

    private static ulong Word(AttributionTokens t, int i) => i >= 0 && i < t.Count ? t.Lower[i] : None;

    private static ulong PosAt(AttributionTokens t, int i) => i >= 0 && i < t.Count ? t.Pos[i] : None;

    /// <summary>Whether a quotation mark sits just before (1), just after (2) or on both sides (3) of the token.</summary>
    private static ulong MarkNear(AttributionTokens t, int i)
    {
        var before = (i > 0 && t.IsMark[i - 1]) || (i > 1 && t.IsMark[i - 2]);
        var after = (i + 1 < t.Count && t.IsMark[i + 1]) || (i + 2 < t.Count && t.IsMark[i + 2]);
        return (before ? 1UL : 0UL) | (after ? 2UL : 0UL);
    }
}
