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

    public EntityRecognizerModel(PerceptronModel model, PerceptronModel? second = null)
    {
        Model = model;
        Second = second;
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
        Pass(Model, s, history);
        if (Second is null)
        {
            return;
        }

        var firstPass = _firstPass is { } cached && cached.Length >= s.Count ? cached : _firstPass = new byte[Math.Max(s.Count, 1024)];
        s.Ner.AsSpan(0, s.Count).CopyTo(firstPass);
        s.ComputeAggregate(firstPass.AsSpan(0, s.Count), _counts ??= []);
        Pass(Second, s, history);
    }

    private static void Pass(PerceptronModel model, TaggingScratch s, Dictionary<ulong, byte> history)
    {
        history.Clear();
        Span<uint> features = stackalloc uint[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[model.Classes];
        if (!model.IsCompact)
        {
            // A model in training: its live weights are read directly.
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

        Span<int> sums = stackalloc int[width];
        for (var i = 0; i < s.Count; i++)
        {
            partial.Slice(i * width, width).CopyTo(sums);
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
