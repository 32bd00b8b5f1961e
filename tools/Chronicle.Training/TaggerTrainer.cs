using System.Collections.Immutable;
using System.Diagnostics;
using Chronicle.Language.Gazetteers;
using Chronicle.Language.Tagging;

namespace Chronicle.Training;

/// <summary>
/// Trains the part-of-speech tagger and the entity recogniser with averaged perceptrons, using exactly the
/// feature code the product runs, and writes <c>pos.bin.gz</c> and <c>ner.bin.gz</c>.
/// </summary>
internal static class TaggerTrainer
{
    private const int PosBits = 18;
    private static readonly int NerBits = int.TryParse(Environment.GetEnvironmentVariable("CHRONICLE_NER_BITS"), out var bits) ? bits : 20;

    /// <summary>The word clusters the recogniser is trained with: those just built into the output folder.</summary>
    private static WordClusters _clusters = new([]);

    /// <param name="secondPassFolds">Also cross-validate the second pass (as many trainings again); otherwise it takes the
    /// first pass's epoch count and the stored figure is the first pass's.</param>
    public static void Train(string shared, string outDir, int posEpochs, int nerEpochs, bool withCrossNer, int folds, bool secondPassFolds)
    {
        var clusterFile = Path.Combine(outDir, "clusters.bin.gz");
        if (File.Exists(clusterFile))
        {
            using var stream = File.OpenRead(clusterFile);
            _clusters = WordClusters.Load(stream);
        }

        Console.WriteLine($"word clusters: {_clusters.Count:N0} words");
        var ner = Path.Combine(shared, "data", "ner");
        var train = ConllCorpus.Read(Path.Combine(ner, "conll2003", "train.txt"));
        var dev = ConllCorpus.Read(Path.Combine(ner, "conll2003", "dev.txt"));
        Console.WriteLine($"conll2003 train {train.Count} docs, dev {dev.Count} docs");

        var pos = TrainPos(train, dev, posEpochs);
        using (var file = File.Create(Path.Combine(outDir, "pos.bin.gz")))
        {
            pos.Model.Save(file);
        }

        // CrossNER politics (MIT; Wikipedia text CC BY-SA): political names and parties, mapped to CoNLL types.
        var nerTrain = new List<ConllDocument>(train);
        if (withCrossNer)
        {
            foreach (var file in (string[])["train.txt", "dev.txt"])
            {
                nerTrain.AddRange(ConllCorpus.Read(Path.Combine(ner, "crossner_politics", file), MapCrossNer, sentencesPerDocument: 1));
            }
        }

        // Settings come from cross-validation on the training documents, never from dev. Each fold's first pass is scored
        // on its held-out documents after every epoch; the epoch count with the best summed F1 is kept, and the held-out
        // labels of that epoch are every training document's honest first-pass labels, from which the second pass learns
        // how much to trust document-wide agreement. The second pass is cross-validated the same way on those labels.
        var foldOf = Enumerable.Range(0, nerTrain.Count).Select(i => i % folds).ToArray();
        var heldOutLabels = new byte[nerEpochs][][];
        for (var e = 0; e < nerEpochs; e++)
        {
            heldOutLabels[e] = new byte[nerTrain.Count][];
        }

        var firstCurve = NewCurve(nerEpochs);
        for (var fold = 0; fold < folds; fold++)
        {
            Console.WriteLine($"first pass, fold {fold + 1}/{folds}");
            var rest = Enumerable.Range(0, nerTrain.Count).Where(i => foldOf[i] != fold).ToList();
            var heldOut = Enumerable.Range(0, nerTrain.Count).Where(i => foldOf[i] == fold).ToList();
            TrainNer([.. rest.Select(i => nerTrain[i])], pos, nerEpochs, null, (epoch, model) =>
            {
                var recognizer = new EntityRecognizerModel(model);
                foreach (var i in heldOut)
                {
                    var labels = Predict(recognizer, pos, nerTrain[i], null);
                    heldOutLabels[epoch][i] = labels;
                    EntitySpans.Count(nerTrain[i].Ner, ToBio(labels), firstCurve[epoch]);
                }
            });
        }

        var firstEpochs = Best(firstCurve, "first pass");
        var firstPass = heldOutLabels[firstEpochs - 1];
        var secondCurve = NewCurve(nerEpochs);
        for (var fold = 0; fold < (secondPassFolds ? folds : 0); fold++)
        {
            Console.WriteLine($"second pass, fold {fold + 1}/{folds}");
            var rest = Enumerable.Range(0, nerTrain.Count).Where(i => foldOf[i] != fold).ToList();
            var heldOut = Enumerable.Range(0, nerTrain.Count).Where(i => foldOf[i] == fold).ToList();
            TrainNer([.. rest.Select(i => nerTrain[i])], pos, nerEpochs, [.. rest.Select(i => firstPass[i])], (epoch, model) =>
            {
                var recognizer = new EntityRecognizerModel(model);
                foreach (var i in heldOut)
                {
                    EntitySpans.Count(nerTrain[i].Ner, ToBio(Predict(recognizer, pos, nerTrain[i], firstPass[i])), secondCurve[epoch]);
                }
            });
        }

        var secondEpochs = secondPassFolds ? Best(secondCurve, "second pass") : firstEpochs;
        var measured = secondPassFolds ? secondCurve[secondEpochs - 1] : firstCurve[firstEpochs - 1];
        Console.WriteLine($"cross-validation ({folds} folds) at the chosen epochs:\n" + EntitySpans.Report(measured));

        // The shipped models: all of train, the chosen epochs.
        var first = new EntityRecognizerModel(TrainNer(nerTrain, pos, firstEpochs, null, null));
        var second = new EntityRecognizerModel(first.Model, TrainNer(nerTrain, pos, secondEpochs, firstPass, null));
        Console.WriteLine("dev (for information; nothing was chosen on it):\n" + EntitySpans.Report(Evaluate(second, pos, dev, NameIndex.Default)));
        using (var file = File.Create(Path.Combine(outDir, "ner.bin.gz")))
        {
            first.Model.Save(file);
        }

        using (var file = File.Create(Path.Combine(outDir, "ner2.bin.gz")))
        {
            second.Second!.Save(file);
        }

        var cv = new System.Text.StringBuilder("# entity recogniser cross-validated on its training documents (tools/train-ner.sh); counts summed over held-out folds\n");
        cv.Append(withCrossNer ? "corpus\tCoNLL-2003 train + CrossNER politics" : "corpus\tCoNLL-2003 train").Append(secondPassFolds ? ", both passes\n" : ", first pass\n");
        cv.Append(FormattableString.Invariant($"folds\t{folds}\nepochs\t{firstEpochs}\t{secondEpochs}\n"));
        foreach (var (type, c) in measured.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            cv.Append(FormattableString.Invariant($"{type}\t{c.Tp}\t{c.Pred}\t{c.Gold}\n"));
        }

        GazetteerBuilder.Write(Path.Combine(outDir, "ner-cv.tsv.gz"), cv.ToString());
        Console.WriteLine($"wrote {outDir}/pos.bin.gz ({new FileInfo(Path.Combine(outDir, "pos.bin.gz")).Length:N0} bytes), ner.bin.gz ({new FileInfo(Path.Combine(outDir, "ner.bin.gz")).Length:N0} bytes), ner-cv.tsv.gz");
    }

    private static Dictionary<string, (int Tp, int Pred, int Gold)>[] NewCurve(int epochs) =>
        [.. Enumerable.Range(0, epochs).Select(_ => new Dictionary<string, (int Tp, int Pred, int Gold)>(StringComparer.Ordinal))];

    /// <summary>The epoch count (1-based) whose held-out counts give the best overall F1; the curve is printed.</summary>
    private static int Best(Dictionary<string, (int Tp, int Pred, int Gold)>[] curve, string what)
    {
        var best = 0;
        for (var e = 0; e < curve.Length; e++)
        {
            var f1 = OverallF1(curve[e]);
            Console.WriteLine($"{what} epoch {e + 1}: cross-validated F1 {f1:0.0000}");
            if (f1 > OverallF1(curve[best]))
            {
                best = e;
            }
        }

        Console.WriteLine($"{what}: {best + 1} epochs");
        return best + 1;
    }

    private static string[] ToBio(byte[] labels) => [.. labels.Select(l => NerLabels.ToBio(l))];

    internal static string? MapCrossNer(string type) => type switch
    {
        "politician" or "person" => "PER",
        "politicalparty" or "organisation" => "ORG",
        "country" or "location" => "LOC",
        "misc" or "event" or "election" => "MISC",
        _ => null,
    };

    private static PosTagger TrainPos(List<ConllDocument> train, List<ConllDocument> dev, int epochs)
    {
        var labels = train.SelectMany(d => d.Pos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var perceptron = new AveragedPerceptron(PosBits, labels.Length);
        var model = new PerceptronModel(labels, PosBits, perceptron.Weights);
        var scratch = new TaggingScratch();
        Span<uint> features = stackalloc uint[PosFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[labels.Length];
        var random = new Random(7);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            var order = train.OrderBy(_ => random.Next()).ToList();
            int correct = 0, total = 0;
            foreach (var doc in order)
            {
                scratch.Fill(doc.Text, doc.Tokens.AsSpan(), doc.Sentences.AsSpan(), null);
                for (var i = 0; i < scratch.Count; i++)
                {
                    var n = PosFeatures.Extract(scratch, i, features);
                    model.Score(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    var gold = index[doc.Pos[i]];
                    perceptron.Tick();
                    if (guess != gold)
                    {
                        perceptron.Update(features[..n], gold, guess);
                    }
                    else
                    {
                        correct++;
                    }

                    total++;
                    scratch.Pos[i] = (byte)guess;
                }
            }

            Console.WriteLine($"pos epoch {epoch}: train acc {(double)correct / total:0.0000} ({watch.Elapsed.TotalSeconds:0.0}s)");
        }

        var tagger = new PosTagger(new PerceptronModel(labels, PosBits, perceptron.Averaged()));
        int right = 0, count = 0;
        foreach (var doc in dev)
        {
            scratch.Fill(doc.Text, doc.Tokens.AsSpan(), doc.Sentences.AsSpan(), null);
            tagger.Tag(scratch);
            for (var i = 0; i < scratch.Count; i++)
            {
                right += labels[scratch.Pos[i]] == doc.Pos[i] ? 1 : 0;
                count++;
            }
        }

        Console.WriteLine($"pos dev accuracy {(double)right / count:0.0000}");
        return tagger;
    }

    /// <param name="firstPass">Given, the model is a second pass and these are the document's first-pass labels.</param>
    private static byte[] Predict(EntityRecognizerModel model, PosTagger pos, ConllDocument doc, byte[]? firstPass)
    {
        var scratch = new TaggingScratch();
        scratch.Fill(doc.Text, doc.Tokens.AsSpan(), doc.Sentences.AsSpan(), NameIndex.Default, _clusters);
        pos.Tag(scratch);
        if (firstPass is not null)
        {
            scratch.ComputeAggregate(firstPass, []);
        }

        model.Recognize(scratch, []);
        return scratch.Ner.AsSpan(0, scratch.Count).ToArray();
    }

    /// <param name="firstPass">First-pass labels per training document; when given, trains the second pass.</param>
    /// <param name="afterEpoch">Called with the 0-based epoch and the model averaged so far, e.g. to score held-out documents.</param>
    /// <returns>The model averaged over all epochs.</returns>
    private static PerceptronModel TrainNer(List<ConllDocument> train, PosTagger pos, int epochs, byte[][]? firstPass, Action<int, PerceptronModel>? afterEpoch)
    {
        var aggregateCounts = new Dictionary<ulong, uint>();
        var labels = NerLabels.Names.ToImmutableArray();
        var gold = train.Select(d =>
        {
            var g = new int[d.Ner.Length];
            NerLabels.FromBio(d.Ner, g);
            return g;
        }).ToList();
        var perceptron = new AveragedPerceptron(NerBits, labels.Length);
        var model = new PerceptronModel(labels, NerBits, perceptron.Weights);
        var names = NameIndex.Default;
        var scratch = new TaggingScratch();
        var history = new Dictionary<ulong, byte>();
        var features = new uint[NerFeatures.MaxFeatures];
        var scores = new float[labels.Length];
        var random = new Random(11);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            var order = Enumerable.Range(0, train.Count).OrderBy(_ => random.Next()).ToList();
            int errors = 0, total = 0;
            foreach (var d in order)
            {
                var doc = train[d];
                scratch.Fill(doc.Text, doc.Tokens.AsSpan(), doc.Sentences.AsSpan(), names, _clusters);
                pos.Tag(scratch);
                if (firstPass is not null)
                {
                    scratch.ComputeAggregate(firstPass[d], aggregateCounts);
                }

                history.Clear();
                for (var i = 0; i < scratch.Count; i++)
                {
                    var n = NerFeatures.Extract(scratch, i, history.GetValueOrDefault(scratch.Lower[i]), features);
                    model.Score(features.AsSpan(0, n), scores);
                    var previous = i > scratch.SentenceStart[i] ? scratch.Ner[i - 1] : 0;
                    var guess = EntityRecognizerModel.Decide(scores, previous, out _);
                    var goldLabel = gold[d][i];
                    perceptron.Tick();
                    if (guess != goldLabel)
                    {
                        perceptron.Update(features.AsSpan(0, n), goldLabel, guess);
                        errors++;
                    }

                    total++;
                    scratch.Ner[i] = (byte)guess;
                    EntityRecognizerModel.Remember(scratch, i, guess, history);
                }
            }

            Console.WriteLine($"ner epoch {epoch}: train errors {(double)errors / total:0.0000} ({watch.Elapsed.TotalSeconds:0.0}s)");
            afterEpoch?.Invoke(epoch - 1, new PerceptronModel(labels, NerBits, perceptron.Averaged()));
        }

        return new PerceptronModel(labels, NerBits, perceptron.Averaged());
    }

    internal static Dictionary<string, (int Tp, int Pred, int Gold)> Evaluate(EntityRecognizerModel recognizer, PosTagger pos, List<ConllDocument> docs, NameIndex names)
    {
        var counts = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        var scratch = new TaggingScratch();
        var history = new Dictionary<ulong, byte>();
        foreach (var doc in docs)
        {
            scratch.Fill(doc.Text, doc.Tokens.AsSpan(), doc.Sentences.AsSpan(), names, _clusters);
            pos.Tag(scratch);
            recognizer.Recognize(scratch, history);
            var predicted = new string[scratch.Count];
            for (var i = 0; i < scratch.Count; i++)
            {
                predicted[i] = NerLabels.ToBio(scratch.Ner[i]);
            }

            EntitySpans.Count(doc.Ner, predicted, counts);
        }

        return counts;
    }

    private static double OverallF1(Dictionary<string, (int Tp, int Pred, int Gold)> counts)
    {
        int tp = 0, pred = 0, gold = 0;
        foreach (var c in counts.Values)
        {
            (tp, pred, gold) = (tp + c.Tp, pred + c.Pred, gold + c.Gold);
        }

        return EntitySpans.F1(tp, pred, gold);
    }
}
