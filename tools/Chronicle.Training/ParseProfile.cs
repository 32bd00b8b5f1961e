using System.Diagnostics;
using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;

namespace Chronicle.Training;

/// <summary>
/// Measures what pruning the written parser weights costs and gains: for each setting TTAARR (quantiles, in percent,
/// of the tagger, action and relation weights; see <see cref="WeightPruning"/>), the rows left, dev UPOS, UAS and LAS,
/// and tokens per CPU-second of tagging and of parsing (best of N rounds, all settings in one process so that they
/// share the machine's state).
/// </summary>
internal static class ParseProfile
{
    public static void Run(string shared, string resources, int[] settings, int rounds)
    {
        var dev = ConlluReader.ReadFile(Path.Combine(shared, "data", "syntax", "ud-english-ewt", "dev.conllu"));
        var docs = dev.Chunk(32).Select(c => ConlluLayout.Document(c)).ToList();
        var words = dev.Sum(s => s.Count);
        var scratch = new TaggingScratch();
        var state = new ParseState();
        var actionsDense = ReadActions(Path.Combine(resources, SyntaxModel.ActionFile));
        var relationsDense = ParserTrainer.ReadDense(Path.Combine(resources, SyntaxModel.RelationFile));
        var taggerDense = ParserTrainer.ReadDense(Path.Combine(resources, SyntaxModel.TaggerFile));
        var labels = relationsDense.Labels;
        var root = (byte)labels.IndexOf(SyntaxModel.RootRelation);
        foreach (var (tt, ta, tr) in settings.Select(x => (x / 10000, x / 100 % 100, x % 100)))
        {
            var taggerWeights = (float[])taggerDense.Weights.Clone();
            var tagRows = WeightPruning.PruneRows(taggerWeights, taggerDense.Classes, tt / 100.0);
            var tagger = new PosTagger(new PerceptronModel(taggerDense.Labels, taggerDense.Bits, taggerWeights).Compact());
            var actionWeights = (float[])actionsDense.Weights.Clone();
            var actionRows = WeightPruning.PruneRows(actionWeights, ParseState.Actions, ta / 100.0);
            var actions = new ActionWeights(actionsDense.Bits, actionWeights).Compact();
            var relationWeights = (float[])relationsDense.Weights.Clone();
            var relationRows = WeightPruning.PruneRows(relationWeights, labels.Length, tr / 100.0);
            var parser = new DependencyParser(actions, new PerceptronModel(labels, relationsDense.Bits, relationWeights).Compact(), root);

            var sentences = new List<(ulong[] W, ulong[] P, ulong[] C, ulong[] S)>();
            var tagTime = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                sentences.Clear();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var (text, tokens, spans) in docs)
                {
                    scratch.Fill(text, tokens.AsSpan(), spans.AsSpan(), null, WordClusters.Default);
                    tagger.Tag<SyntaxTagFeatures>(scratch);
                    foreach (var sentence in spans)
                    {
                        SyntaxAnnotator.Load(state, scratch, sentence.FirstToken, sentence.TokenCount);
                        var n = state.N + 2;
                        sentences.Add((state.Word[..n], state.Tag[..n], state.Cluster[..n], state.Suffix[..n]));
                    }
                }

                tagTime = Math.Min(tagTime, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            }

            int upos = 0, attached = 0, labelled = 0;
            var parseTime = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                (upos, attached, labelled) = (0, 0, 0);
                for (var k = 0; k < dev.Count; k++)
                {
                    var (w, p, c, s) = sentences[k];
                    state.Reset(dev[k].Count);
                    for (var i = 1; i <= state.N; i++)
                    {
                        (state.Word[i], state.Tag[i], state.WordTag[i], state.Cluster[i], state.Suffix[i]) = (w[i], p[i], FeatureHash.Combine(w[i], p[i]), c[i], s[i]);
                    }

                    parser.Parse(state);
                    for (var i = 1; i <= state.N; i++)
                    {
                        upos += taggerDense.Labels[(int)p[i]].StartsWith(dev[k].Upos[i - 1] + "|", StringComparison.Ordinal) ? 1 : 0;
                        if (state.Head[i] == dev[k].Heads[i - 1] + 1)
                        {
                            attached++;
                            labelled += labels[state.Label[i]] == dev[k].Relations[i - 1] ? 1 : 0;
                        }
                    }
                }

                parseTime = Math.Min(parseTime, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            }

            Console.WriteLine($"pruned at q{tt}/q{ta}/q{tr}: rows {tagRows:N0}/{actionRows:N0}/{relationRows:N0}; UPOS {(double)upos / words:0.0000} UAS {(double)attached / words:0.0000} LAS {(double)labelled / words:0.0000}; tokens/CPU-s: facts+tags {words / tagTime:N0}, parse {words / parseTime:N0}");
        }
    }

    private static ActionWeights ReadActions(string path)
    {
        using var file = File.OpenRead(path);
        var (bits, scale, raw) = ActionWeights.ReadRaw(file);
        return new ActionWeights(bits, [.. raw.Select(x => x / scale)]);
    }
}
