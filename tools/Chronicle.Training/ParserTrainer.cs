using System.Collections.Immutable;
using System.Diagnostics;
using Chronicle.Language.Syntax;
using Chronicle.Language.Tagging;

namespace Chronicle.Training;

/// <summary>
/// Trains the syntax layer on UD English EWT: the tagger (with jackknifed tags for parser training), the lemmatiser
/// and the greedy arc-eager parser (averaged perceptron, dynamic oracle with exploration, arcs labelled as they are
/// made). Settings are chosen on dev; writes the four <c>syntax-*.bin.gz</c> resources.
/// </summary>
internal static class ParserTrainer
{
    private const int ActionBits = 20;
    private const int RelationBits = 18;
    private const int Folds = 4;

    /// <summary>
    /// Rows of the action and relation weights whose largest weight is at most this quantile of all weight magnitudes
    /// are cleared before saving: on EWT dev, parsing about 1.6 times faster for 0.0016 LAS (0.7990 → 0.7974); at
    /// 0.5 nothing is lost and little gained, at 0.95 LAS falls by 0.006.
    /// </summary>
    public const double PruneQuantile = 0.9;

    public static void Train(string shared, string outDir, int tagEpochs, int parseEpochs)
    {
        var folder = Path.Combine(shared, "data", "syntax", "ud-english-ewt");
        var train = ConlluReader.ReadFile(Path.Combine(folder, "train.conllu"), Console.Error.WriteLine).Select(s => new TreebankSample(s)).ToList();
        var dev = ConlluReader.ReadFile(Path.Combine(folder, "dev.conllu"), Console.Error.WriteLine).Select(s => new TreebankSample(s)).ToList();
        Console.WriteLine($"EWT train {train.Count} sentences, dev {dev.Count}; word clusters {WordClusters.Default.Count:N0}");

        var (tags, tagIndex) = SyntaxTaggerTrainer.TagSet(train, minCount: 3);
        int[][] Gold(List<TreebankSample> set) => [.. set.Select(s => Enumerable.Range(0, s.Count).Select(i => tagIndex(s.Sentence.Upos[i], s.Sentence.Xpos[i])).ToArray())];
        var trainGold = Gold(train);
        Console.WriteLine($"tagger: {tags.Length} tags");
        var tagger = SyntaxTaggerTrainer.Train(train, trainGold, tags, tagEpochs, seed: 3);
        var devTags = SyntaxTaggerTrainer.Tag(tagger, dev);
        ReportTags(tags, dev, devTags);

        // Parser training sees tags as good as the tagger's on unseen text: each fold tagged by a model trained on the others.
        var trainTags = new byte[train.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var rest = Enumerable.Range(0, train.Count).Where(i => i % Folds != fold).ToList();
            Console.WriteLine($"jackknife fold {fold}");
            var foldTagger = SyntaxTaggerTrainer.Train([.. rest.Select(i => train[i])], [.. rest.Select(i => trainGold[i])], tags, tagEpochs, seed: 3 + fold);
            var heldOut = Enumerable.Range(0, train.Count).Where(i => i % Folds == fold).ToList();
            var predicted = SyntaxTaggerTrainer.Tag(foldTagger, [.. heldOut.Select(i => train[i])]);
            for (var k = 0; k < heldOut.Count; k++)
            {
                trainTags[heldOut[k]] = predicted[k];
            }
        }

        var (lemmatizer, lemmaWords, lemmaSuffixes) = LemmaTrainer.Learn(train.Select(s => s.Sentence));
        ReportLemmas(lemmatizer, tags, dev, devTags);

        var relations = train.SelectMany(s => s.Sentence.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        Console.WriteLine($"parser: {relations.Length} relations");
        var (actions, labeller) = TrainParser(train, trainTags, dev, devTags, relations, parseEpochs);

        Directory.CreateDirectory(outDir);
        Write(Path.Combine(outDir, SyntaxModel.TaggerFile), tagger.Model.Save);
        Write(Path.Combine(outDir, SyntaxModel.LemmaFile), s => lemmatizer.Save(s, lemmaWords, lemmaSuffixes));
        Write(Path.Combine(outDir, SyntaxModel.ActionFile), actions.Save);
        Write(Path.Combine(outDir, SyntaxModel.RelationFile), labeller.Save);
    }

    /// <summary>A saved perceptron model (see <see cref="PerceptronModel.Save"/>) as dense weights, for re-saving.</summary>
    public static PerceptronModel ReadDense(string path)
    {
        using var stream = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, System.Text.Encoding.UTF8);
        _ = reader.ReadInt32();
        var bits = reader.ReadInt32();
        var labels = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToImmutableArray();
        var scale = reader.ReadSingle();
        var weights = new float[(1 << bits) * labels.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = reader.ReadInt16() / scale;
        }

        return new PerceptronModel(labels, bits, weights);
    }

    private static void Write(string path, Action<Stream> save)
    {
        using (var file = File.Create(path))
        {
            save(file);
        }

        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
    }

    private static void ReportTags(ImmutableArray<string> tags, List<TreebankSample> dev, byte[][] devTags)
    {
        int upos = 0, xpos = 0, total = 0;
        for (var d = 0; d < dev.Count; d++)
        {
            for (var i = 0; i < dev[d].Count; i++)
            {
                var parts = tags[devTags[d][i]].Split('|');
                upos += parts[0] == dev[d].Sentence.Upos[i] ? 1 : 0;
                xpos += parts[1] == dev[d].Sentence.Xpos[i] ? 1 : 0;
                total++;
            }
        }

        Console.WriteLine($"dev UPOS {(double)upos / total:0.0000} XPOS {(double)xpos / total:0.0000}");
    }

    private static void ReportLemmas(Lemmatizer lemmatizer, ImmutableArray<string> tags, List<TreebankSample> dev, byte[][] devTags)
    {
        int right = 0, total = 0;
        for (var d = 0; d < dev.Count; d++)
        {
            for (var i = 0; i < dev[d].Count; i++)
            {
                var form = dev[d].Sentence.Forms[i];
                var xpos = FeatureHash.Chars(tags[devTags[d][i]].Split('|')[1], lower: false);
                right += lemmatizer.Lemma(form, FeatureHash.Chars(form, lower: true), xpos) == dev[d].Sentence.Lemmas[i] ? 1 : 0;
                total++;
            }
        }

        Console.WriteLine($"dev lemma accuracy {(double)right / total:0.0000} ({lemmatizer.WordCount} word rules, {lemmatizer.SuffixCount} ending rules, {lemmatizer.Rules.Count} rewrites)");
    }

    private static (ActionWeights, PerceptronModel) TrainParser(List<TreebankSample> train, byte[][] trainTags, List<TreebankSample> dev, byte[][] devTags, ImmutableArray<string> relations, int epochs)
    {
        var relationIndex = relations.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => (byte)x.i, StringComparer.Ordinal);
        var root = relationIndex[SyntaxModel.RootRelation];
        var heads = new int[train.Count][];
        var lifted = 0;
        for (var d = 0; d < train.Count; d++)
        {
            var s = train[d].Sentence;
            heads[d] = [0, .. s.Heads.Select(h => h + 1)];
            lifted += ParserOracle.Projectivize(heads[d]);
        }

        Console.WriteLine($"lifted {lifted} non-projective arcs");
        var trainWords = Words(train);
        var devWords = Words(dev);
        var actionPerceptron = new AveragedPerceptron(ActionBits, ParseState.Actions);
        var relationPerceptron = new AveragedPerceptron(RelationBits, relations.Length);
        var actionModel = new ActionWeights(ActionBits, actionPerceptron.Weights);
        var relationModel = new PerceptronModel(relations, RelationBits, relationPerceptron.Weights);
        var state = new ParseState();
        var features = new uint[ParserFeatures.MaxActionFeatures];
        var labelFeatures = new uint[ParserFeatures.MaxLabelFeatures];
        var scores = new float[ParseState.Actions];
        var labelScores = new float[relations.Length];
        var costs = new int[ParseState.Actions];
        var random = new Random(17);
        (ActionWeights, PerceptronModel)? best = null;
        var bestLas = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            var order = Enumerable.Range(0, train.Count).OrderBy(_ => random.Next()).ToList();
            int wrong = 0, steps = 0;
            foreach (var d in order)
            {
                Load(state, trainWords[d], trainTags[d]);
                var gold = heads[d];
                var goldRelations = train[d].Sentence.Relations;
                while (!state.Done)
                {
                    var n = ParserFeatures.Action(state, features);
                    actionModel.Score(features.AsSpan(0, n), scores);
                    var guess = DependencyParser.Best(state, scores);
                    var min = int.MaxValue;
                    for (var a = 0; a < ParseState.Actions; a++)
                    {
                        costs[a] = state.IsValid(a) ? ParserOracle.Cost(state, a, gold) : int.MaxValue;
                        min = Math.Min(min, costs[a]);
                    }

                    var target = -1;
                    for (var a = 0; a < ParseState.Actions; a++)
                    {
                        if (costs[a] == min && (target < 0 || scores[a] > scores[target]))
                        {
                            target = a;
                        }
                    }

                    actionPerceptron.Tick();
                    steps++;
                    if (costs[guess] > min)
                    {
                        actionPerceptron.Update(features.AsSpan(0, n), target, guess);
                        wrong++;
                    }

                    var next = epoch > 1 && random.NextDouble() < 0.9 ? guess : target;
                    var label = ParseState.NoLabel;
                    if (next >= ParseState.Left)
                    {
                        var (head, dependent) = state.ArcOf(next);
                        if (head == 0)
                        {
                            label = root;
                        }
                        else
                        {
                            var m = ParserFeatures.Label(state, head, dependent, labelFeatures);
                            relationModel.Score(labelFeatures.AsSpan(0, m), labelScores);
                            label = DependencyParser.BestRelation(labelScores, root);
                            if (gold[dependent] == head)
                            {
                                var goldLabel = relationIndex[goldRelations[dependent - 1]];
                                relationPerceptron.Tick();
                                if (goldLabel != label && goldLabel != root)
                                {
                                    relationPerceptron.Update(labelFeatures.AsSpan(0, m), goldLabel, label);
                                }
                            }
                        }
                    }

                    state.Apply(next, label);
                }
            }

            var candidate = (new ActionWeights(ActionBits, actionPerceptron.Averaged()), new PerceptronModel(relations, RelationBits, relationPerceptron.Averaged()));
            var (uas, las) = Score(new DependencyParser(candidate.Item1, candidate.Item2, root), state, dev, devWords, devTags, relations);
            Console.WriteLine($"parser epoch {epoch}: train action errors {(double)wrong / steps:0.0000}, dev UAS {uas:0.0000} LAS {las:0.0000} ({watch.Elapsed.TotalSeconds:0.0}s)");
            if (las > bestLas)
            {
                (best, bestLas) = (candidate, las);
            }
        }

        var (bestActions, bestRelations) = best!.Value;
        var actionRows = WeightPruning.PruneRows(bestActions.Weights, ParseState.Actions, PruneQuantile);
        var relationRows = WeightPruning.PruneRows(bestRelations.Weights, relations.Length, PruneQuantile);
        var (prunedUas, prunedLas) = Score(new DependencyParser(bestActions, bestRelations, root), state, dev, devWords, devTags, relations);
        Console.WriteLine($"pruned (quantile {PruneQuantile}): {actionRows:N0} action rows, {relationRows:N0} relation rows; dev UAS {prunedUas:0.0000} LAS {prunedLas:0.0000}");
        return best.Value;
    }

    /// <summary>Prunes already written action and relation weights in place, as <see cref="Train"/> does before saving.</summary>
    public static void PruneResources(string outDir)
    {
        var actionPath = Path.Combine(outDir, SyntaxModel.ActionFile);
        ActionWeights actions;
        using (var file = File.OpenRead(actionPath))
        {
            var (bits, scale, raw) = ActionWeights.ReadRaw(file);
            actions = new ActionWeights(bits, [.. raw.Select(x => x / scale)]);
        }

        var relationPath = Path.Combine(outDir, SyntaxModel.RelationFile);
        var relations = ReadDense(relationPath);

        var actionRows = WeightPruning.PruneRows(actions.Weights, ParseState.Actions, PruneQuantile);
        var relationRows = WeightPruning.PruneRows(relations.Weights, relations.Classes, PruneQuantile);
        Console.WriteLine($"pruned (quantile {PruneQuantile}): {actionRows:N0} action rows, {relationRows:N0} relation rows");
        Write(actionPath, actions.Save);
        Write(relationPath, relations.Save);
    }

    private static (ulong[] Words, ulong[] Clusters, ulong[] Suffixes)[] Words(List<TreebankSample> samples)
    {
        var scratch = new TaggingScratch();
        return [.. samples.Select(s =>
        {
            s.Fill(scratch);
            return (scratch.Lower.AsSpan(0, s.Count).ToArray(), scratch.Cluster.AsSpan(0, s.Count).ToArray(), scratch.Suffix3.AsSpan(0, s.Count).ToArray());
        })];
    }

    private static void Load(ParseState state, (ulong[] Words, ulong[] Clusters, ulong[] Suffixes) words, byte[] tags)
    {
        var n = words.Words.Length;
        state.Reset(n);
        for (var i = 0; i < n; i++)
        {
            ulong p = tags[i];
            state.Word[i + 1] = words.Words[i];
            state.Tag[i + 1] = p;
            state.WordTag[i + 1] = FeatureHash.Combine(words.Words[i], p);
            state.Cluster[i + 1] = words.Clusters[i];
            state.Suffix[i + 1] = words.Suffixes[i];
        }
    }

    private static (double Uas, double Las) Score(DependencyParser parser, ParseState state, List<TreebankSample> dev, (ulong[] Words, ulong[] Clusters, ulong[] Suffixes)[] words, byte[][] tags, ImmutableArray<string> relations)
    {
        int attached = 0, labelled = 0, total = 0;
        for (var d = 0; d < dev.Count; d++)
        {
            Load(state, words[d], tags[d]);
            parser.Parse(state);
            var gold = dev[d].Sentence;
            for (var i = 1; i <= state.N; i++)
            {
                total++;
                if (state.Head[i] == gold.Heads[i - 1] + 1)
                {
                    attached++;
                    labelled += relations[state.Label[i]] == gold.Relations[i - 1] ? 1 : 0;
                }
            }
        }

        return ((double)attached / total, (double)labelled / total);
    }
}
