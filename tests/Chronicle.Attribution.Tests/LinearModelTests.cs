using Chronicle.Attribution.Learned;

namespace Chronicle.Attribution.Tests;

public sealed class LinearModelTests
{
    /// <summary>A loaded model scores from its 16-bit rows; the scores must be the very floats its float weights give.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    public void LoadedModelScoresAsItsFloatWeights(int classes)
    {
        const int bits = 7;
        var random = new Random(classes);
        var weights = new float[(1 << bits) * classes];
        for (var k = 0; k < weights.Length; k++)
        {
            // Some rows left empty, as in a trained model whose file keeps only the used rows.
            weights[k] = k / classes % 5 == 0 ? 0f : (float)((random.NextDouble() - 0.5) * 3.7);
        }

        using var stream = new MemoryStream();
        new LinearModel(bits, classes, weights).Save(stream);
        stream.Position = 0;
        var loaded = LinearModel.Load(stream);
        var reference = new LinearModel(bits, classes, loaded.Weights);
        Span<float> expected = stackalloc float[classes];
        Span<float> actual = stackalloc float[classes];
        var features = new uint[40];
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(features.Length + 1);
            for (var k = 0; k < n; k++)
            {
                features[k] = (uint)random.NextInt64(uint.MaxValue);
            }

            reference.Score(features.AsSpan(0, n), expected);
            loaded.Score(features.AsSpan(0, n), actual);
            for (var c = 0; c < classes; c++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(expected[c]), BitConverter.SingleToInt32Bits(actual[c]));
            }

            Assert.Equal(reference.Best(features.AsSpan(0, n), expected), loaded.Best(features.AsSpan(0, n), actual));
        }
    }
}
