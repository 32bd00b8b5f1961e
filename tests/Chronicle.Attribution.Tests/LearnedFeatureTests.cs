using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Attribution.Learned;
using Chronicle.Text;

namespace Chronicle.Attribution.Tests;

/// <summary>The feature templates of the learned taggers, on hand-made tokens.</summary>
public sealed class LearnedFeatureTests
{
    // Two sentences: the first holds a quotation, the second none.
    private const string Text = "The mayor said , \" we will rebuild \" . She left today .";

    [Fact]
    public void Every_token_carries_the_cue_bias_feature_so_a_bias_moves_every_cue_score()
    {
        var tokens = Tokens();
        const int bits = 10;
        var weights = new float[(1 << bits) * AttributionTagger.CueClasses];
        var random = new Random(3);
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)(random.NextDouble() - 0.5);
        }

        var biased = (float[])weights.Clone();
        biased[((int)(AttributionFeatures.CueBias & ((1u << bits) - 1)) * AttributionTagger.CueClasses) + 1] += 2.5f;
        var plain = new LinearModel(bits, AttributionTagger.CueClasses, weights);
        var shifted = new LinearModel(bits, AttributionTagger.CueClasses, biased);
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        Span<float> before = stackalloc float[AttributionTagger.CueClasses];
        Span<float> after = stackalloc float[AttributionTagger.CueClasses];
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = AttributionFeatures.Cue(tokens, i, 0, features);
            Assert.True(n <= AttributionFeatures.MaxFeatures);
            Assert.Equal(1, features[..n].ToArray().Count(f => f == AttributionFeatures.CueBias));
            plain.Score(features[..n], before);
            shifted.Score(features[..n], after);
            Assert.Equal(before[0], after[0], 4);
            Assert.Equal(before[1] + 2.5f, after[1], 4);
            Assert.Equal(before[2], after[2], 4);
        }
    }

    [Fact]
    public void A_sentence_is_quoted_when_it_holds_a_quotation_mark()
    {
        var tokens = Tokens();
        var second = Array.IndexOf(Text.Split(' '), "She");
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(i < second, tokens.SentenceQuoted(i));
        }
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

            // The previous label changes the transition features only.
            var a = AttributionFeatures.RoleTransition(tokens, i, 2, 3, 0, all);
            var b = AttributionFeatures.RoleTransition(tokens, i, 2, 3, AttributionTagger.ContentInside, split);
            Assert.Equal(a, b);
            Assert.Empty(all[..a].ToArray().Intersect(split[..b].ToArray()));
        }
    }

    private static AttributionTokens Tokens()
    {
        var words = Text.Split(' ');
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var start = 0;
        foreach (var word in words)
        {
            var kind = word switch
            {
                "\"" => TokenKind.Quote,
                "," or "." => TokenKind.Punctuation,
                _ => TokenKind.Word,
            };
            tokens.Add(new Token(new TextSpan(start, start + word.Length), kind, kind == TokenKind.Word ? "NN" : word));
            start += word.Length + 1;
        }

        var all = tokens.ToImmutable();
        var second = Array.IndexOf(words, "She");
        var secondStart = all[second].Span.Start;
        ImmutableArray<Sentence> sentences =
        [
            new Sentence(new TextSpan(0, secondStart - 1), 0, second),
            new Sentence(new TextSpan(secondStart, Text.Length), second, all.Length - second),
        ];
        var quoteOpen = Text.IndexOf('"', StringComparison.Ordinal);
        var quoteEnd = Text.LastIndexOf('"') + 1;
        return new AttributionTokens(Text, all, sentences, [(quoteOpen, quoteEnd)]);
    }
}
