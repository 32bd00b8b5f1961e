namespace Chronicle.Attribution.Learned;

/// <summary>One attribution the tagger found, as half-open token ranges; the source range is empty when none was found.</summary>
internal readonly record struct TaggedAttribution(int CueStart, int CueEnd, int ContentStart, int ContentEnd, int SourceStart, int SourceEnd)
{
    public bool HasSource => SourceEnd > SourceStart;
}

/// <summary>
/// Attribution learned from PolNeAR: a cue tagger (O / B / I over tokens) finds reporting cues, then for each cue a role
/// tagger labels its content and source (O, B/I-content, B/I-source) over the cue's paragraph. Both are averaged
/// perceptrons; cues are decoded greedily left to right, roles by Viterbi over the previous-label features; the weights are rebuilt by <c>Chronicle.Training attribution</c>.
/// </summary>
internal sealed class AttributionTagger(LinearModel cues, LinearModel roles)
{
    public const int CueClasses = 3;
    public const int RoleClasses = 5;
    public const int ContentBegin = 1;
    public const int ContentInside = 2;
    public const int SourceBegin = 3;
    public const int SourceInside = 4;

    private static readonly Lazy<AttributionTagger?> Shared = new(Load);

    /// <summary>The embedded model, or null when this build carries none.</summary>
    public static AttributionTagger? Default => Shared.Value;

    public LinearModel Cues => cues;

    public LinearModel Roles => roles;

    /// <summary>Every cue with its content (and source, when one is found); cues without content are dropped.</summary>
    public List<TaggedAttribution> Find(AttributionTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<TaggedAttribution>();
        var labels = new int[tokens.Count];
        TagCues(tokens, labels);
        var i = 0;
        while (i < tokens.Count)
        {
            if (labels[i] == 0)
            {
                i++;
                continue;
            }

            var start = i++;
            while (i < tokens.Count && labels[i] == 2)
            {
                i++;
            }

            var (low, high) = tokens.ParagraphOf(start);
            var roleLabels = new int[high - low];
            TagRoles(tokens, start, i, low, high, roleLabels);
            if (Read(roleLabels, low, start, i) is { } attribution)
            {
                found.Add(attribution);
            }
        }

        return found;
    }

    public void TagCues(AttributionTokens tokens, Span<int> labels)
    {
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[CueClasses];
        var previous = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = AttributionFeatures.Cue(tokens, i, previous, features);
            labels[i] = previous = cues.Best(features[..n], scores);
        }
    }

    /// <summary>
    /// Labels tokens <c>[low, high)</c> for the cue <c>[cueStart, cueEnd)</c>; <paramref name="labels"/>[0] is token
    /// <paramref name="low"/>. Decodes the best label sequence (Viterbi over the previous-label features); the cue's own
    /// tokens are O and the token after them starts afresh, as in training.
    /// </summary>
    public void TagRoles(AttributionTokens tokens, int cueStart, int cueEnd, int low, int high, Span<int> labels) =>
        DecodeRoles(roles, tokens, cueStart, cueEnd, low, high, labels);

    /// <summary>The Viterbi decoding of <see cref="TagRoles"/> with any role model (the trainer passes its live weights).</summary>
    public static void DecodeRoles(LinearModel model, AttributionTokens tokens, int cueStart, int cueEnd, int low, int high, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokens);
        const int K = RoleClasses;
        var length = high - low;
        if (length <= 0)
        {
            return;
        }

        var best = System.Buffers.ArrayPool<float>.Shared.Rent(length * K);
        var back = System.Buffers.ArrayPool<byte>.Shared.Rent(length * K);
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        Span<float> own = stackalloc float[8];
        Span<float> pair = stackalloc float[8];
        try
        {
            for (var k = 0; k < length; k++)
            {
                var i = low + k;
                var row = best.AsSpan(k * K, K);
                var from = back.AsSpan(k * K, K);
                if (i >= cueStart && i < cueEnd)
                {
                    // The cue is O; whatever came before, the next token starts from O.
                    var (score, arg) = k == 0 ? (0f, 0) : Max(best.AsSpan((k - 1) * K, K));
                    row.Fill(float.NegativeInfinity);
                    row[0] = score;
                    from.Fill((byte)arg);
                    continue;
                }

                var n = AttributionFeatures.RoleToken(tokens, i, cueStart, cueEnd, features);
                model.Score(features[..n], own);
                row.Fill(float.NegativeInfinity);
                for (var previous = 0; previous < K; previous++)
                {
                    var before = k == 0 ? (previous == 0 ? 0f : float.NegativeInfinity) : best[((k - 1) * K) + previous];
                    if (float.IsNegativeInfinity(before))
                    {
                        continue;
                    }

                    var m = AttributionFeatures.RoleTransition(tokens, i, cueStart, cueEnd, previous, features);
                    model.Score(features[..m], pair);
                    for (var c = 0; c < K; c++)
                    {
                        var total = before + own[c] + pair[c];
                        if (total > row[c])
                        {
                            row[c] = total;
                            from[c] = (byte)previous;
                        }
                    }
                }
            }

            var label = Max(best.AsSpan((length - 1) * K, K)).Arg;
            for (var k = length - 1; k >= 0; k--)
            {
                labels[k] = label;
                label = back[(k * K) + label];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(best);
            System.Buffers.ArrayPool<byte>.Shared.Return(back);
        }
    }

    /// <summary>The greedy left-to-right decoding the tagger used before Viterbi (kept to compare the two in training).</summary>
    public static void GreedyRoles(LinearModel model, AttributionTokens tokens, int cueStart, int cueEnd, int low, int high, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(model);
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[8];
        var previous = 0;
        for (var i = low; i < high; i++)
        {
            if (i >= cueStart && i < cueEnd)
            {
                labels[i - low] = previous = 0;
                continue;
            }

            var n = AttributionFeatures.Role(tokens, i, cueStart, cueEnd, previous, features);
            labels[i - low] = previous = model.Best(features[..n], scores);
        }
    }

    private static (float Score, int Arg) Max(ReadOnlySpan<float> row)
    {
        var arg = 0;
        for (var c = 1; c < row.Length; c++)
        {
            if (row[c] > row[arg])
            {
                arg = c;
            }
        }

        return (row[arg], arg);
    }

    /// <summary>The content (first to last content token, as PolNeAR spans a content split by its cue) and the source run nearest the cue.</summary>
    public static TaggedAttribution? Read(ReadOnlySpan<int> labels, int low, int cueStart, int cueEnd)
    {
        int first = -1, last = -1;
        int sourceStart = -1, sourceEnd = -1, bestGap = int.MaxValue;
        for (var k = 0; k < labels.Length; k++)
        {
            var label = labels[k];
            if (label is ContentBegin or ContentInside)
            {
                first = first < 0 ? k + low : first;
                last = k + low;
            }
            else if (label is SourceBegin || (label is SourceInside && (k == 0 || labels[k - 1] is not (SourceBegin or SourceInside))))
            {
                var end = k + 1;
                while (end < labels.Length && labels[end] == SourceInside)
                {
                    end++;
                }

                var (s, e) = (k + low, end + low);
                var gap = s >= cueEnd ? s - cueEnd : cueStart - e;
                if (gap < bestGap)
                {
                    (sourceStart, sourceEnd, bestGap) = (s, e, gap);
                }
            }
        }

        return first < 0 ? null : new TaggedAttribution(cueStart, cueEnd, first, last + 1, Math.Max(sourceStart, 0), Math.Max(sourceEnd, 0));
    }

    private static AttributionTagger? Load()
    {
        var assembly = typeof(AttributionTagger).Assembly;
        using var cueStream = assembly.GetManifestResourceStream("Chronicle.Attribution.Resources.attribution-cues.bin.gz");
        using var roleStream = assembly.GetManifestResourceStream("Chronicle.Attribution.Resources.attribution-roles.bin.gz");
        return cueStream is null || roleStream is null ? null : new AttributionTagger(LinearModel.Load(cueStream), LinearModel.Load(roleStream));
    }
}
