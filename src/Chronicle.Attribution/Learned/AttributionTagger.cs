namespace Chronicle.Attribution.Learned;

/// <summary>One attribution the tagger found, as half-open token ranges; the source range is empty when none was found.</summary>
internal readonly record struct TaggedAttribution(int CueStart, int CueEnd, int ContentStart, int ContentEnd, int SourceStart, int SourceEnd)
{
    public bool HasSource => SourceEnd > SourceStart;
}

/// <summary>
/// Attribution learned from PolNeAR: a cue tagger (O / B / I over tokens) finds reporting cues, then for each cue a role
/// tagger labels its content and source (O, B/I-content, B/I-source) over the cue's paragraph. Both are averaged
/// perceptrons decoded greedily left to right; the weights are rebuilt by <c>Chronicle.Training attribution</c>.
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
        while (NextRun(labels, ref i, out var start))
        {
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

    /// <summary>
    /// Finds the next labelled run at or after <paramref name="position"/>: it starts at any non-zero label and goes on
    /// over inside labels (2); <paramref name="position"/> ends just past it. False when no run is left.
    /// </summary>
    public static bool NextRun(ReadOnlySpan<int> labels, ref int position, out int start)
    {
        while (position < labels.Length && labels[position] == 0)
        {
            position++;
        }

        if (position >= labels.Length)
        {
            start = -1;
            return false;
        }

        start = position++;
        while (position < labels.Length && labels[position] == 2)
        {
            position++;
        }

        return true;
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

    /// <summary>Labels tokens <c>[low, high)</c> for the cue <c>[cueStart, cueEnd)</c>; <paramref name="labels"/>[0] is token <paramref name="low"/>.</summary>
    public void TagRoles(AttributionTokens tokens, int cueStart, int cueEnd, int low, int high, Span<int> labels)
    {
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[RoleClasses];
        var previous = 0;
        for (var i = low; i < high; i++)
        {
            if (i >= cueStart && i < cueEnd)
            {
                labels[i - low] = previous = 0;
                continue;
            }

            var n = AttributionFeatures.Role(tokens, i, cueStart, cueEnd, previous, features);
            labels[i - low] = previous = roles.Best(features[..n], scores);
        }
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
