using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron recogniser over BILOU labels, with gazetteer features and a
/// document memory of how each word was labelled before.
/// </summary>
internal sealed class EntityRecognizerModel
{
    [ThreadStatic]
    private static Dictionary<ulong, uint>? _counts;

    [ThreadStatic]
    private static byte[]? _firstPass;

    private readonly PerceptronPair? _pair;

    public EntityRecognizerModel(PerceptronModel model, PerceptronModel? second = null)
    {
        Model = model;
        Second = second;
        if (second is not null && PerceptronPair.CanPair(model, second))
        {
            _pair = new PerceptronPair(model, second);
        }
    }

    public PerceptronModel Model { get; }

    /// <summary>The second-pass model, which also sees how the first pass labelled each word elsewhere in the document.</summary>
    public PerceptronModel? Second { get; }

    public static EntityRecognizerModel LoadDefault()
    {
        using var first = ResourceFiles.Open("ner.bin.gz");
        using var second = ResourceFiles.TryOpen("ner2.bin.gz");
        return new EntityRecognizerModel(PerceptronModel.Load(first), second is null ? null : PerceptronModel.Load(second));
    }

    /// <summary>Fills <see cref="TaggingScratch.Ner"/> and <see cref="TaggingScratch.Confidence"/> for every token.</summary>
    public void Recognize(TaggingScratch s, Dictionary<ulong, byte> history)
    {
        if (_pair is not null)
        {
            RecognizeInPair(_pair, s, history);
            return;
        }

        Pass(Model, s, history);
        if (Second is null)
        {
            return;
        }

        Aggregate(s);
        Pass(Second, s, history);
    }

    /// <summary>
    /// Both passes with their text features scored together, up front, for every token; the second pass then adds
    /// only what the first pass's labels imply.
    /// </summary>
    private static void RecognizeInPair(PerceptronPair pair, TaggingScratch s, Dictionary<ulong, byte> history)
    {
        var width = pair.First.SumWidth;
        var first = s.PartialSums(width);
        var second = s.SecondPartialSums(width);
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        for (var i = 0; i < s.Count; i++)
        {
            var n = NerFeatures.ExtractText(s, i, features);
            pair.AddTo(features[..n], first.Slice(i * width, width), second.Slice(i * width, width));
        }

        Greedy(pair.First, s, first, history);
        Aggregate(s);
        for (var i = 0; i < s.Count; i++)
        {
            var n = NerFeatures.ExtractAggregate(s, i, features);
            if (n > 0)
            {
                pair.Second.AddTo(features[..n], second.Slice(i * width, width));
            }
        }

        Greedy(pair.Second, s, second, history);
    }

    /// <summary>Sets <see cref="TaggingScratch.Aggregate"/> from the labels of a first pass.</summary>
    private static void Aggregate(TaggingScratch s)
    {
        var firstPass = _firstPass is { } cached && cached.Length >= s.Count ? cached : _firstPass = new byte[Math.Max(s.Count, 1024)];
        s.Ner.AsSpan(0, s.Count).CopyTo(firstPass);
        s.ComputeAggregate(firstPass.AsSpan(0, s.Count), _counts ??= []);
    }

    private static void Pass(PerceptronModel model, TaggingScratch s, Dictionary<ulong, byte> history)
    {
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        if (!model.IsCompact)
        {
            // A model in training: its live weights are read directly.
            history.Clear();
            Span<float> scores = stackalloc float[model.Classes];
            for (var i = 0; i < s.Count; i++)
            {
                var n = NerFeatures.Extract(s, i, history.GetValueOrDefault(s.Lower[i]), features);
                model.Score(features[..n], scores);
                Choose(s, i, scores, history);
            }

            return;
        }

        // The text's features for every token first, where their memory reads overlap; then the greedy pass adds
        // only the few that depend on the labels just chosen.
        var width = model.SumWidth;
        var partial = s.PartialSums(width);
        for (var i = 0; i < s.Count; i++)
        {
            var n = NerFeatures.ExtractStatic(s, i, features);
            model.AddTo(features[..n], partial.Slice(i * width, width));
        }

        Greedy(model, s, partial, history);
    }

    /// <summary>The left-to-right pass: each token's partial sum plus the features of the labels chosen before it.</summary>
    private static void Greedy(PerceptronModel model, TaggingScratch s, Span<int> partial, Dictionary<ulong, byte> history)
    {
        history.Clear();
        var width = model.SumWidth;
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[model.Classes];
        for (var i = 0; i < s.Count; i++)
        {
            // The token's partial sum is not needed again: the decision's features complete it in place.
            var sums = partial.Slice(i * width, width);
            var n = NerFeatures.ExtractDynamic(s, i, history.GetValueOrDefault(s.Lower[i]), features);
            model.AddTo(features[..n], sums);
            model.ToScores(sums, scores);
            Choose(s, i, scores, history);
        }
    }

    private static void Choose(TaggingScratch s, int i, ReadOnlySpan<float> scores, Dictionary<ulong, byte> history)
    {
        var previous = i > s.SentenceStart[i] ? s.Ner[i - 1] : 0;
        var best = Decide(scores, previous, out var margin);
        s.Ner[i] = (byte)best;
        s.Confidence[i] = margin;
        Remember(s, i, best, history);
    }

    internal static int Decide(ReadOnlySpan<float> scores, int previous, out float margin)
    {
        var best = -1;
        var second = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (!NerLabels.IsAllowed(previous, c))
            {
                continue;
            }

            if (best < 0 || scores[c] > scores[best])
            {
                if (best >= 0)
                {
                    second = scores[best];
                }

                best = c;
            }
            else if (scores[c] > second)
            {
                second = scores[c];
            }
        }

        margin = scores[best] - second;
        return best;
    }

    internal static void Remember(TaggingScratch s, int i, int label, Dictionary<ulong, byte> history)
    {
        var type = NerLabels.TypeOf(label);
        if (type != 0)
        {
            history[s.Lower[i]] = (byte)type;
        }
    }
}
