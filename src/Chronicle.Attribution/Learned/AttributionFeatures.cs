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

    /// <summary>The cue tagger's always-on feature (its row holds the class biases).</summary>
    public static uint CueBias { get; } = FeatureHash.Feature(1, 1);

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
        f[n++] = FeatureHash.Feature(24, w, PosAt(t, i + 1));
        f[n++] = FeatureHash.Feature(25, PosAt(t, i - 1), w);
        f[n++] = FeatureHash.Feature(26, w, t.SentenceQuoted(i) ? 1UL : 0UL);
        f[n++] = FeatureHash.Feature(27, t.Suffix[i], PosAt(t, i + 1), PosAt(t, i + 2));
        f[n++] = FeatureHash.Feature(28, w, Word(t, i + 1), Word(t, i + 2));
        f[n++] = FeatureHash.Feature(29, p, SentencePlace(t, i));
        return n;
    }

    /// <summary>Features of token <paramref name="i"/> for the role tagger, given the cue <c>[cueStart, cueEnd)</c> and the previous label.</summary>
    public static int Role(AttributionTokens t, int i, int cueStart, int cueEnd, int previous, Span<uint> f)
    {
        var c = new RoleContext(t, i, cueStart, cueEnd);
        var n = RoleToken(t, i, cueStart, cueEnd, c, f);
        return n + RoleTransition(t, i, previous, c, f[n..]);
    }

    /// <summary>The role features that do not depend on the previous label (scored once per token when decoding).</summary>
    public static int RoleToken(AttributionTokens t, int i, int cueStart, int cueEnd, Span<uint> f) =>
        RoleToken(t, i, cueStart, cueEnd, new RoleContext(t, i, cueStart, cueEnd), f);

    /// <summary>The role features that pair the token with the previous label.</summary>
    public static int RoleTransition(AttributionTokens t, int i, int cueStart, int cueEnd, int previous, Span<uint> f) =>
        RoleTransition(t, i, previous, new RoleContext(t, i, cueStart, cueEnd), f);

    private static int RoleToken(AttributionTokens t, int i, int cueStart, int cueEnd, in RoleContext c, Span<uint> f)
    {
        var n = 0;
        var w = t.Lower[i];
        var p = t.Pos[i];
        f[n++] = FeatureHash.Feature(30, 1);
        f[n++] = FeatureHash.Feature(31, c.Where);
        f[n++] = FeatureHash.Feature(33, c.Side, w);
        f[n++] = FeatureHash.Feature(34, c.Side, p);
        f[n++] = FeatureHash.Feature(35, c.Where, p);
        f[n++] = FeatureHash.Feature(38, c.Side, c.Quoted, c.CueQuoted);
        f[n++] = FeatureHash.Feature(40, c.Side, c.Commas, c.Marks);
        f[n++] = FeatureHash.Feature(41, c.Side, c.Sentences);
        f[n++] = FeatureHash.Feature(43, c.Side, t.Lower[cueStart]);
        f[n++] = FeatureHash.Feature(44, c.Where, t.Lower[cueEnd - 1]);
        f[n++] = FeatureHash.Feature(45, c.Side, t.Lower[cueStart], p);
        f[n++] = FeatureHash.Feature(47, c.Side, c.Marks, c.Quoted);
        f[n++] = FeatureHash.Feature(48, c.Side, Word(t, i - 1), p);
        f[n++] = FeatureHash.Feature(49, c.Side, w, Word(t, i + 1));
        f[n++] = FeatureHash.Feature(50, c.Side, PosAt(t, i - 1), p);
        f[n++] = FeatureHash.Feature(52, c.Where, Word(t, cueEnd));
        f[n++] = FeatureHash.Feature(53, c.Side, Word(t, cueStart - 1), c.Bucket);
        f[n++] = FeatureHash.Feature(57, c.Side, c.Quoted, c.Sentences);
        f[n++] = FeatureHash.Feature(58, c.Where, c.Commas);
        return n;
    }

    private static int RoleTransition(AttributionTokens t, int i, int previous, in RoleContext c, Span<uint> f)
    {
        var n = 0;
        var w = t.Lower[i];
        var p = t.Pos[i];
        var prev = (ulong)previous;
        f[n++] = FeatureHash.Feature(32, c.Where, prev);
        f[n++] = FeatureHash.Feature(36, c.Side, prev, p);
        f[n++] = FeatureHash.Feature(37, c.Side, prev, w);
        f[n++] = FeatureHash.Feature(39, c.Side, c.Quoted, prev);
        f[n++] = FeatureHash.Feature(42, c.Side, c.Sentences, prev);
        f[n++] = FeatureHash.Feature(46, c.Side, c.Commas, prev);
        f[n++] = FeatureHash.Feature(51, c.Side, t.Shape[i], prev);
        f[n++] = FeatureHash.Feature(54, c.Side, t.StartsSentence(i) ? 1UL : 0UL, prev);
        f[n++] = FeatureHash.Feature(55, c.Side, t.EndsSentence(i) ? 1UL : 0UL, prev);
        f[n++] = FeatureHash.Feature(56, c.Side, t.IsMark[i] ? 1UL : 0UL, prev);
        f[n++] = FeatureHash.Feature(59, c.Side, c.CueQuoted, prev);
        f[n++] = FeatureHash.Feature(60, c.Side, prev, Word(t, i - 1));
        f[n++] = FeatureHash.Feature(61, c.Side, FeatureHash.Combine(prev, Word(t, i - 1)), w);
        return n;
    }

    /// <summary>Where a token stands relative to the cue: side, distance bucket, and the sentences, commas and quote marks in between.</summary>
    private readonly struct RoleContext
    {
        public RoleContext(AttributionTokens t, int i, int cueStart, int cueEnd)
        {
            Side = i < cueStart ? 0UL : i >= cueEnd ? 2UL : 1UL;
            var distance = i < cueStart ? cueStart - i : i >= cueEnd ? i - cueEnd + 1 : 0;
            Bucket = AttributionFeatures.Bucket(distance);
            var lo = Math.Min(i, cueStart);
            var hi = Math.Max(i + 1, cueEnd);
            Commas = (ulong)Math.Min(3, t.Commas[hi] - t.Commas[lo]);
            Marks = (ulong)Math.Min(3, t.Marks[hi] - t.Marks[lo]);
            Sentences = (ulong)Math.Clamp(t.Sentence[i] - t.Sentence[cueStart] + 3, 0, 6);
            Quoted = t.InQuote[i] ? 1UL : 0UL;
            CueQuoted = t.InQuote[cueStart] ? 1UL : 0UL;
            Where = (Side * 8) + Bucket;
        }

        public ulong Side { get; }

        public ulong Bucket { get; }

        public ulong Where { get; }

        public ulong Commas { get; }

        public ulong Marks { get; }

        public ulong Sentences { get; }

        public ulong Quoted { get; }

        public ulong CueQuoted { get; }
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

    /// <summary>Where the token sits in its sentence: first, second or third token, or later.</summary>
    private static ulong SentencePlace(AttributionTokens t, int i)
    {
        var k = 0;
        while (k < 3 && i - k > 0 && t.Sentence[i - k - 1] == t.Sentence[i])
        {
            k++;
        }

        return (ulong)k;
    }

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
