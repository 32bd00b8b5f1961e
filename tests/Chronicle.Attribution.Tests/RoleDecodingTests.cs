using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Attribution.Learned;
using Chronicle.Text;

namespace Chronicle.Attribution.Tests;

/// <summary>The role tagger's Viterbi decoding against an exhaustive search over every label sequence.</summary>
public sealed class RoleDecodingTests
{
    private const string Text = "The mayor said , \" we will rebuild \" today";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Viterbi_returns_the_highest_scoring_label_sequence(int seed)
    {
        var tokens = Tokens();
        var model = RandomModel(seed);
        const int low = 0, cueStart = 2, cueEnd = 3;
        var high = Math.Min(tokens.Count, 7); // 7 tokens, the cue forced to O: 5^6 sequences to search

        var decoded = new int[high - low];
        AttributionTagger.DecodeRoles(model, tokens, cueStart, cueEnd, low, high, decoded);
        var greedy = new int[high - low];
        AttributionTagger.GreedyRoles(model, tokens, cueStart, cueEnd, low, high, greedy);

        var best = float.NegativeInfinity;
        var labels = new int[high - low];
        Search(model, tokens, cueStart, cueEnd, low, labels, 0, ref best);

        Assert.Equal(0, decoded[cueStart - low]);
        Assert.Equal(best, PathScore(model, tokens, cueStart, cueEnd, low, decoded), 3);
        Assert.True(PathScore(model, tokens, cueStart, cueEnd, low, decoded) >= PathScore(model, tokens, cueStart, cueEnd, low, greedy) - 1e-3);
    }

    [Fact]
    public void Token_and_transition_features_together_are_the_role_features()
    {
        var tokens = Tokens();
        Span<uint> all = stackalloc uint[AttributionFeatures.MaxFeatures];
        Span<uint> split = stackalloc uint[AttributionFeatures.MaxFeatures];
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var previous = 0; previous < AttributionTagger.RoleClasses; previous++)
            {
                var n = AttributionFeatures.Role(tokens, i, 2, 3, previous, all);
                var m = AttributionFeatures.RoleToken(tokens, i, 2, 3, split);
                m += AttributionFeatures.RoleTransition(tokens, i, 2, 3, previous, split[m..]);
                Assert.Equal(n, m);
                Assert.Equal(all[..n].ToArray(), split[..m].ToArray());
            }
        }
    }

    /// <summary>Every sequence with the cue's tokens at O, keeping the best total score.</summary>
    private static void Search(LinearModel model, AttributionTokens tokens, int cueStart, int cueEnd, int low, int[] labels, int k, ref float best)
    {
        if (k == labels.Length)
        {
            best = Math.Max(best, PathScore(model, tokens, cueStart, cueEnd, low, labels));
            return;
        }

        var i = low + k;
        var classes = i >= cueStart && i < cueEnd ? 1 : AttributionTagger.RoleClasses;
        for (var c = 0; c < classes; c++)
        {
            labels[k] = c;
            Search(model, tokens, cueStart, cueEnd, low, labels, k + 1, ref best);
        }
    }

    /// <summary>The sum of the scores of a label sequence, each token scored with the label before it (O after the cue).</summary>
    private static float PathScore(LinearModel model, AttributionTokens tokens, int cueStart, int cueEnd, int low, int[] labels)
    {
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[8];
        var total = 0f;
        var previous = 0;
        for (var k = 0; k < labels.Length; k++)
        {
            var i = low + k;
            if (i >= cueStart && i < cueEnd)
            {
                previous = 0;
                continue;
            }

            var n = AttributionFeatures.Role(tokens, i, cueStart, cueEnd, previous, features);
            model.Score(features[..n], scores);
            total += scores[labels[k]];
            previous = labels[k];
        }

        return total;
    }

    private static LinearModel RandomModel(int seed)
    {
        const int bits = 6; // few rows: features share them, so the transition features weigh in
        var random = new Random(seed);
        var weights = new float[(1 << bits) * AttributionTagger.RoleClasses];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)((random.NextDouble() - 0.5) * 4);
        }

        return new LinearModel(bits, AttributionTagger.RoleClasses, weights);
    }

    private static AttributionTokens Tokens()
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var start = 0;
        foreach (var word in Text.Split(' '))
        {
            var kind = word switch
            {
                "\"" => TokenKind.Quote,
                "," => TokenKind.Punctuation,
                _ => TokenKind.Word,
            };
            tokens.Add(new Token(new TextSpan(start, start + word.Length), kind, kind == TokenKind.Word ? "NN" : word));
            start += word.Length + 1;
        }

        var all = tokens.ToImmutable();
        var quoteOpen = Text.IndexOf('"', StringComparison.Ordinal);
        var quoteEnd = Text.LastIndexOf('"') + 1;
        return new AttributionTokens(Text, all, [new Sentence(new TextSpan(0, Text.Length), 0, all.Length)], [(quoteOpen, quoteEnd)]);
    }
}
