using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Tagging;

/// <summary>Greedy averaged-perceptron part-of-speech tagger (Penn Treebank tags).</summary>
internal sealed class PosTagger
{
    public PosTagger(PerceptronModel model)
    {
        Model = model;
    }

    public PerceptronModel Model { get; }

    public static PosTagger LoadDefault()
    {
        using var stream = ResourceFiles.Open("pos.bin.gz");
        return new PosTagger(PerceptronModel.Load(stream));
    }

    /// <summary>Fills <see cref="TaggingScratch.Pos"/> for every token.</summary>
    public void Tag(TaggingScratch s) => Tag<PennTagFeatures>(s);

    /// <summary>Fills <see cref="TaggingScratch.Pos"/> for every token, with the templates of <typeparamref name="TFeatures"/>.</summary>
    public void Tag<TFeatures>(TaggingScratch s)
        where TFeatures : ITagFeatures
    {
        Span<uint> features = stackalloc uint[TFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Model.Classes];
        if (!Model.IsCompact)
        {
            // A model in training: its live weights are read directly.
            for (var i = 0; i < s.Count; i++)
            {
                var n = TFeatures.ExtractStatic(s, i, features);
                n += TFeatures.ExtractDynamic(s, i, features[n..]);
                Model.Score(features[..n], scores);
                s.Pos[i] = (byte)ArgMax(scores);
            }

            return;
        }

        // The text's features for every token first (their reads overlap), then the greedy pass adds the three
        // that depend on the tags just chosen.
        var width = Model.SumWidth;
        var partial = s.PartialSums(width);
        for (var i = 0; i < s.Count; i++)
        {
            var n = TFeatures.ExtractStatic(s, i, features);
            Model.AddTo(features[..n], partial.Slice(i * width, width));
        }

        for (var i = 0; i < s.Count; i++)
        {
            // The token's partial sum is not needed again: the tag's features complete it in place.
            var sums = partial.Slice(i * width, width);
            var n = TFeatures.ExtractDynamic(s, i, features);
            Model.AddTo(features[..n], sums);
            Model.ToScores(sums, scores);
            s.Pos[i] = (byte)ArgMax(scores);
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
