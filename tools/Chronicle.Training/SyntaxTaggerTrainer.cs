using System.Collections.Immutable;
using System.Diagnostics;
using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;

namespace Chronicle.Training;

/// <summary>Trains the syntax layer's tagger (universal POS and Penn tag as one label) on treebank sentences.</summary>
internal static class SyntaxTaggerTrainer
{
    public const int Bits = 18;

    /// <summary>The tag set: "UPOS|XPOS" pairs seen at least <paramref name="minCount"/> times; rarer pairs map to the commonest pair with their Penn tag.</summary>
    public static (ImmutableArray<string> Labels, Func<string, string, int> Index) TagSet(IEnumerable<TreebankSample> train, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sample in train)
        {
            for (var i = 0; i < sample.Count; i++)
            {
                var key = sample.Sentence.Upos[i] + "|" + sample.Sentence.Xpos[i];
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var labels = counts.Where(c => c.Value >= minCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToImmutableArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var byXpos = labels.GroupBy(l => l.Split('|')[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => index[g.MaxBy(l => counts[l])!], StringComparer.Ordinal);
        var byUpos = labels.GroupBy(l => l.Split('|')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => index[g.MaxBy(l => counts[l])!], StringComparer.Ordinal);
        return (labels, (upos, xpos) =>
            index.TryGetValue(upos + "|" + xpos, out var i) ? i
            : byXpos.TryGetValue(xpos, out i) ? i
            : byUpos.GetValueOrDefault(upos));
    }

    public static PosTagger Train(IReadOnlyList<TreebankSample> train, IReadOnlyList<int[]> gold, ImmutableArray<string> labels, int epochs, int seed)
    {
        var perceptron = new AveragedPerceptron(Bits, labels.Length);
        var model = new PerceptronModel(labels, Bits, perceptron.Weights);
        var scratch = new TaggingScratch();
        Span<uint> features = stackalloc uint[SyntaxTagFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[labels.Length];
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            var order = Enumerable.Range(0, train.Count).OrderBy(_ => random.Next()).ToList();
            int correct = 0, total = 0;
            foreach (var d in order)
            {
                train[d].Fill(scratch);
                for (var i = 0; i < scratch.Count; i++)
                {
                    var n = SyntaxTagFeatures.ExtractStatic(scratch, i, features);
                    n += SyntaxTagFeatures.ExtractDynamic(scratch, i, features[n..]);
                    model.Score(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    perceptron.Tick();
                    if (guess != gold[d][i])
                    {
                        perceptron.Update(features[..n], gold[d][i], guess);
                    }
                    else
                    {
                        correct++;
                    }

                    total++;
                    scratch.Pos[i] = (byte)guess;
                }
            }

            Console.WriteLine($"  tagger epoch {epoch}: train acc {(double)correct / total:0.0000} ({watch.Elapsed.TotalSeconds:0.0}s)");
        }

        return new PosTagger(new PerceptronModel(labels, Bits, perceptron.Averaged()));
    }

    /// <summary>The tags <paramref name="tagger"/> gives each sample.</summary>
    public static byte[][] Tag(PosTagger tagger, IReadOnlyList<TreebankSample> samples)
    {
        var scratch = new TaggingScratch();
        var result = new byte[samples.Count][];
        for (var d = 0; d < samples.Count; d++)
        {
            samples[d].Fill(scratch);
            tagger.Tag<SyntaxTagFeatures>(scratch);
            result[d] = scratch.Pos.AsSpan(0, scratch.Count).ToArray();
        }

        return result;
    }
}
