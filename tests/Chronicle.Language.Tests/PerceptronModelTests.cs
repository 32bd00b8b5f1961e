using System.Collections.Immutable;
using Chronicle.Language.Tagging;

namespace Chronicle.Language.Tests;

public sealed class PerceptronModelTests
{
    [Theory]
    [InlineData(17)]
    [InlineData(45)]
    [InlineData(9)]
    public void Compact_weights_give_the_dense_model_s_decisions_and_margins(int classes)
    {
        const int Bits = 10;
        var random = new Random(3);
        var dense = Sparse(Bits, classes, random, step: 6);
        var compact = dense.Compact();
        Assert.InRange(compact.UsedBuckets, 100, (1 << Bits) - 1);
        var denseScores = new float[classes];
        var compactScores = new float[classes];
        for (var trial = 0; trial < 200; trial++)
        {
            var features = Enumerable.Range(0, 1 + random.Next(60)).Select(_ => (uint)random.Next()).ToArray();
            dense.Score(features, denseScores);
            compact.Score(features, compactScores);
            for (var c = 1; c < classes; c++)
            {
                // Compact scores are relative to class 0 and quantised to 16 bits.
                Assert.Equal(denseScores[c] - denseScores[0], compactScores[c] - compactScores[0], 0.01);
            }
        }
    }

    [Theory]
    [InlineData(17)]
    [InlineData(45)]
    public void Partial_sums_built_in_two_parts_give_the_scores_of_all_features_at_once(int classes)
    {
        var random = new Random(5);
        var compact = Sparse(12, classes, random, step: 4).Compact();
        var whole = new float[classes];
        var parts = new float[classes];
        var sums = new int[compact.SumWidth];
        var scored = 0;
        for (var trial = 0; trial < 100; trial++)
        {
            var features = Enumerable.Range(0, 2 + random.Next(60)).Select(_ => (uint)random.Next()).ToArray();
            var split = random.Next(features.Length);
            compact.Score(features, whole);
            Array.Clear(sums);
            compact.AddTo(features.AsSpan(0, split), sums);
            compact.AddTo(features.AsSpan(split), sums);
            compact.ToScores(sums, parts);

            // Integer sums: exactly equal, whatever the order.
            Assert.Equal(whole, parts);
            scored += whole.Any(score => score != 0) ? 1 : 0;
        }

        Assert.True(scored > 50, $"only {scored} of 100 feature sets reached a used bucket");
    }

    [Fact]
    public void A_pair_of_recognisers_sums_each_model_as_it_would_alone()
    {
        var random = new Random(9);

        // Different buckets used by each model, and different scales.
        var first = Sparse(12, 17, random, step: 3).Compact();
        var second = Sparse(12, 17, random, step: 7).Compact();
        var pair = new PerceptronPair(first, second);
        for (var trial = 0; trial < 100; trial++)
        {
            var features = Enumerable.Range(0, 1 + random.Next(60)).Select(_ => (uint)random.Next()).ToArray();
            int[] alone1 = new int[16], alone2 = new int[16], paired1 = new int[16], paired2 = new int[16];
            first.AddTo(features, alone1);
            second.AddTo(features, alone2);
            pair.AddTo(features, paired1, paired2);
            Assert.Equal(alone1, paired1);
            Assert.Equal(alone2, paired2);
        }
    }

    [Fact]
    public void Weekdays_share_a_word_cluster_and_capitals_are_grouped()
    {
        var clusters = WordClusters.Default;
        Assert.True(clusters.Count > 5000, $"only {clusters.Count} words have clusters");
        static ulong Middle(string word) => (WordClusters.Default.Of(FeatureHash.Chars(word, lower: true)) >> 16) & 0xFFFF;
        Assert.NotEqual(0UL, Middle("monday"));
        Assert.Equal(Middle("monday"), Middle("Friday"));
        Assert.Equal(Middle("Berlin"), Middle("Moscow"));
        Assert.NotEqual(Middle("monday"), Middle("Berlin"));
        Assert.Equal(0UL, clusters.Of(FeatureHash.Chars("zzqxjv", lower: true)));
    }

    /// <summary>A dense model whose weights are sparse, like trained ones: most buckets empty.</summary>
    private static PerceptronModel Sparse(int bits, int classes, Random random, int step)
    {
        var weights = new float[(1 << bits) * classes];
        for (var b = random.Next(step); b < 1 << bits; b += 1 + random.Next(step))
        {
            for (var c = 0; c < classes; c++)
            {
                weights[(b * classes) + c] = (float)(random.NextDouble() * 4 - 2);
            }
        }

        var labels = Enumerable.Range(0, classes).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToImmutableArray();
        return new PerceptronModel(labels, bits, weights);
    }
}
