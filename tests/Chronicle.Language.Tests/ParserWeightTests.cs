using Chronicle.Annotations;
using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;
using Chronicle.Pipeline;

namespace Chronicle.Language.Tests;

/// <summary>The parser's transition weights: the compact (rank-indexed, 16-bit) form scores as the dense form, and pruning clears only small rows.</summary>
public sealed class ParserWeightTests
{
    private const int Bits = 10;

    private static float[] RandomWeights(int seed, double density)
    {
        var random = new Random(seed);
        var weights = new float[(1 << Bits) * ParseState.Actions];
        for (var row = 0; row < weights.Length; row += ParseState.Actions)
        {
            if (random.NextDouble() >= density)
            {
                continue;
            }

            for (var c = 0; c < ParseState.Actions; c++)
            {
                weights[row + c] = (float)((random.NextDouble() * 2) - 1) * (row % 7 == 0 ? 10 : 1);
            }
        }

        return weights;
    }

    [Fact]
    public void Compact_weights_score_as_the_dense_weights_do()
    {
        var dense = new ActionWeights(Bits, RandomWeights(seed: 5, density: 0.3));
        var compact = dense.Compact();
        Assert.InRange(compact.UsedBuckets, 200, 420);
        var random = new Random(9);
        Span<uint> features = stackalloc uint[40];
        Span<float> expected = stackalloc float[ParseState.Actions];
        Span<float> actual = stackalloc float[ParseState.Actions];
        for (var trial = 0; trial < 200; trial++)
        {
            for (var k = 0; k < features.Length; k++)
            {
                features[k] = (uint)random.Next();
            }

            dense.Score(features, expected);
            compact.Score(features, actual);
            for (var a = 0; a < ParseState.Actions; a++)
            {
                // 16-bit quantisation of weights up to 10: each of 40 weights is off by at most half a step.
                Assert.Equal(expected[a], actual[a], 40 * 10f / short.MaxValue);
            }
        }
    }

    [Fact]
    public void Pruning_clears_rows_whose_largest_weight_is_small_and_keeps_the_rest()
    {
        var weights = RandomWeights(seed: 7, density: 0.5);
        var original = (float[])weights.Clone();
        var threshold = WeightPruning.Threshold(weights, 0.5);
        var rowsBefore = Enumerable.Range(0, 1 << Bits).Count(r => original.AsSpan(r * 4, 4).IndexOfAnyExcept(0f) >= 0);
        var used = WeightPruning.PruneRows(weights, ParseState.Actions, 0.5);
        Assert.InRange(used, 1, rowsBefore - 1);
        for (var row = 0; row < weights.Length; row += ParseState.Actions)
        {
            var max = original.AsSpan(row, 4).ToArray().Max(Math.Abs);
            if (max > threshold)
            {
                Assert.Equal(original.AsSpan(row, 4).ToArray(), weights.AsSpan(row, 4).ToArray());
            }
            else
            {
                Assert.All(weights.AsSpan(row, 4).ToArray(), w => Assert.Equal(0f, w));
            }
        }

        var compact = new ActionWeights(Bits, weights).Compact();
        Assert.Equal(used, compact.UsedBuckets);
    }

    [Fact]
    public void Cached_word_sums_score_every_step_exactly_as_all_features_read_at_once()
    {
        var model = SyntaxModel.Default;
        Assert.NotNull(model);
        const string Text = "Police said the gunmen, who fled north, had killed three people in the market on Tuesday. \"We will find them,\" the governor told reporters. Talks were suspended by the government.";
        var doc = new PipelineBuilder().AddLanguage(AnalysisMode.Fast).Build().Run(new Document(Text, new DocumentSource("test.txt")));
        var scratch = new TaggingScratch();
        scratch.Fill(Text, doc.Tokens.AsSpan(), doc.Sentences.AsSpan(), null, WordClusters.Default);
        model.Tagger.Tag<SyntaxTagFeatures>(scratch);
        var parser = new DependencyParser(model.Actions, model.Relations, model.RootLabel);
        var state = new ParseState();
        var features = new uint[ParserFeatures.MaxActionFeatures];
        var cached = new float[ParseState.Actions];
        var direct = new float[ParseState.Actions];
        var steps = 0;
        foreach (var sentence in doc.Sentences)
        {
            SyntaxAnnotator.Load(state, scratch, sentence.FirstToken, sentence.TokenCount);
            while (!state.Done)
            {
                parser.Score(state, features, cached);
                var n = ParserFeatures.Action(state, features);
                model.Actions.Score(features.AsSpan(0, n), direct);
                Assert.Equal(direct, cached);
                var action = DependencyParser.Best(state, cached);
                var label = ParseState.NoLabel;
                if (action >= ParseState.Left)
                {
                    var (head, dependent) = state.ArcOf(action);
                    label = parser.Relation(state, head, dependent);
                }

                state.Apply(action, label);
                steps++;
            }
        }

        Assert.True(steps >= doc.Tokens.Length, $"only {steps} steps");
    }

    [Fact]
    public void Embedded_parser_weights_load_with_pruned_rows()
    {
        var model = SyntaxModel.Default;
        Assert.NotNull(model);
        Assert.InRange(model.Actions.UsedBuckets, 1, (1 << model.Actions.Bits) - 1);
        Assert.True(model.Relations.Classes > 30, "the labeller knows the UD relations");
    }
}
