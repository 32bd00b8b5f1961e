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

    public static void Train(string shared, string outDir, int posEpochs, int nerEpochs, bool withCrossNer)
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

        // First pass on everything; then a two-fold jackknife gives honest first-pass labels on the training
        // documents, from which the second pass learns how much to trust document-wide agreement.
        var first = TrainNer(nerTrain, dev, pos, nerEpochs, null, null);
        if (Environment.GetEnvironmentVariable("CHRONICLE_NER_FIRST_ONLY") == "1")
        {
            return;
        }

        var firstPass = new byte[nerTrain.Count][];
        for (var fold = 0; fold < 2; fold++)
        {
            var heldOut = Enumerable.Range(0, nerTrain.Count).Where(i => i % 2 == fold).ToList();
            var rest = Enumerable.Range(0, nerTrain.Count).Where(i => i % 2 != fold).Select(i => nerTrain[i]).ToList();
            Console.WriteLine($"jackknife fold {fold}");
            var model = TrainNer(rest, dev, pos, Math.Max(2, nerEpochs * 2 / 3), null, null);
            foreach (var i in heldOut)
            {
                firstPass[i] = Predict(model, pos, nerTrain[i]);
            }
        }

        Console.WriteLine("second pass");
        var second = TrainNer(nerTrain, dev, pos, nerEpochs, firstPass, first.Model);
        using (var file = File.Create(Path.Combine(outDir, "ner.bin.gz")))
        {
            first.Model.Save(file);
        }

        using (var file = File.Create(Path.Combine(outDir, "ner2.bin.gz")))
        {
            second.Second!.Save(file);
        }

        Console.WriteLine($"wrote {outDir}/pos.bin.gz ({new FileInfo(Path.Combine(outDir, "pos.bin.gz")).Length:N0} bytes), ner.bin.gz ({new FileInfo(Path.Combine(outDir, "ner.bin.gz")).Length:N0} bytes)");
    }

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

    private static byte[] Predict(EntityRecognizerModel model, PosTagger pos, ConllDocument doc)
    {
        var scratch = new TaggingScratch();
        scratch.Fill(doc.Text, doc.Tokens.AsSpan(), doc.Sentences.AsSpan(), NameIndex.Default, _clusters);
        pos.Tag(scratch);
        model.Recognize(scratch, []);
        return scratch.Ner.AsSpan(0, scratch.Count).ToArray();
    }

    /// <param name="firstPass">First-pass labels per training document; when given, trains the second pass.</param>
    /// <param name="firstModel">The first-pass model used on the dev set when training the second pass.</param>
    private static EntityRecognizerModel TrainNer(List<ConllDocument> train, List<ConllDocument> dev, PosTagger pos, int epochs, byte[][]? firstPass, PerceptronModel? firstModel)
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
        EntityRecognizerModel? best = null;
        var bestF1 = -1.0;
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

            var averaged = new PerceptronModel(labels, NerBits, perceptron.Averaged());
            var candidate = firstModel is null ? new EntityRecognizerModel(averaged) : new EntityRecognizerModel(firstModel, averaged);
            var devCounts = Evaluate(candidate, pos, dev, names);
            var f1 = OverallF1(devCounts);
            Console.WriteLine($"ner epoch {epoch}: train errors {(double)errors / total:0.0000}, dev F1 {f1:0.0000} ({watch.Elapsed.TotalSeconds:0.0}s)");
            if (f1 > bestF1)
            {
                (best, bestF1) = (candidate, f1);
            }
        }

        Console.WriteLine("best dev:\n" + EntitySpans.Report(Evaluate(best!, pos, dev, names)));
        return best!;
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
