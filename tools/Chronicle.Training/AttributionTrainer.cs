using System.Diagnostics;
using Chronicle.Annotations;
using Chronicle.Attribution.Learned;
using Chronicle.Evaluation.Attribution;
using Chronicle.Language;
using Chronicle.Pipeline;

namespace Chronicle.Training;

/// <summary>
/// Trains the attribution taggers on PolNeAR train (texts run through Chronicle's own language stages, annotations aligned
/// to its tokens), picks the epoch by content F1 on PolNeAR dev, and writes <c>attribution-cues.bin.gz</c> and
/// <c>attribution-roles.bin.gz</c>. Uses exactly the feature code the product runs.
/// </summary>
internal static class AttributionTrainer
{
    private const int Bits = 18;

    public static void Train(string shared, string outDir, int epochs, int limit, bool report = false)
    {
        var root = Path.Combine(shared, "data", "attribution", "polnear");
        var clock = Stopwatch.StartNew();
        var pipeline = new PipelineBuilder().AddLanguage(AnalysisMode.Fast).Build();
        var train = Prepare(PolnearCorpus.Load(Path.Combine(root, "train"), limit), pipeline);
        var dev = Prepare(PolnearCorpus.Load(Path.Combine(root, "dev")), pipeline);
        Console.WriteLine($"polnear train {train.Count} docs, {train.Sum(d => d.Gold.Count)} attributions; dev {dev.Count} docs ({clock.Elapsed.TotalSeconds:F0}s)");

        var cues = new AveragedPerceptron(Bits, AttributionTagger.CueClasses);
        var roles = new AveragedPerceptron(Bits, AttributionTagger.RoleClasses);
        var random = new Random(7);
        var order = Enumerable.Range(0, train.Count).ToArray();
        (double F1, float[] Cues, float[] Roles) best = (-1, [], []);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var d in order)
            {
                TrainCues(cues, train[d]);
                TrainRoles(roles, train[d]);
            }

            var tagger = new AttributionTagger(new LinearModel(Bits, AttributionTagger.CueClasses, cues.Averaged()), new LinearModel(Bits, AttributionTagger.RoleClasses, roles.Averaged()));
            var (cueF1, contentF1, tokenF1) = Score(tagger, dev);
            var (oracleF1, oracleBoundary, oracleEmpty) = ScoreGoldCues(tagger, dev);
            Console.WriteLine($"epoch {epoch}: dev cue F1 {cueF1:F3}, content F1 {contentF1:F3} (token F1 {tokenF1:F3}); with gold cues content F1 {oracleF1:F3}, wrong bounds {oracleBoundary}, no content {oracleEmpty} ({clock.Elapsed.TotalSeconds:F0}s)");
            if (contentF1 > best.F1)
            {
                best = (contentF1, tagger.Cues.Weights, tagger.Roles.Weights);
            }
        }

        // The perceptron leans to precision (few cues among many tokens): a bias towards opening a cue, chosen on dev
        // content F1, trades some of it for recall. It sits in the always-on feature's row, so the model format is unchanged.
        var roleModel = new LinearModel(Bits, AttributionTagger.RoleClasses, best.Roles);
        (double F1, float Bias) calibrated = (best.F1, 0f);
        foreach (var bias in new[] { 1f, 2f, 3f, 4f, 6f, 8f })
        {
            var biased = WithCueBias(best.Cues, bias);
            var (cueF1, contentF1, _) = Score(new AttributionTagger(new LinearModel(Bits, AttributionTagger.CueClasses, biased), roleModel), dev);
            Console.WriteLine($"cue bias {bias}: dev cue F1 {cueF1:F3}, content F1 {contentF1:F3}");
            if (contentF1 > calibrated.F1)
            {
                calibrated = (contentF1, bias);
            }
        }

        best = (calibrated.F1, WithCueBias(best.Cues, calibrated.Bias), best.Roles);
        Console.WriteLine($"kept cue bias {calibrated.Bias}");
        Directory.CreateDirectory(outDir);
        Save(new LinearModel(Bits, AttributionTagger.CueClasses, best.Cues), Path.Combine(outDir, "attribution-cues.bin.gz"));
        Save(new LinearModel(Bits, AttributionTagger.RoleClasses, best.Roles), Path.Combine(outDir, "attribution-roles.bin.gz"));
        Console.WriteLine($"kept dev content F1 {best.F1:F3}");
        if (report)
        {
            CueReport(new LinearModel(Bits, AttributionTagger.CueClasses, best.Cues), dev);
        }
    }

    /// <summary>The dev cues the tagger misses and the ones it finds that no annotator marked, most frequent first.</summary>
    private static void CueReport(LinearModel cueModel, List<Prepared> dev)
    {
        var tagger = new AttributionTagger(cueModel, cueModel);
        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        var spurious = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in dev)
        {
            var labels = new int[d.Tokens.Count];
            tagger.TagCues(d.Tokens, labels);
            var predicted = Runs(labels);
            var gold = Runs(d.CueLabels);
            Tally(d, gold.Except(predicted), missed);
            Tally(d, predicted.Except(gold), spurious);
        }

        Console.WriteLine($"missed cues {missed.Values.Sum()}: " + string.Join(", ", missed.OrderByDescending(p => p.Value).Take(40).Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine($"spurious cues {spurious.Values.Sum()}: " + string.Join(", ", spurious.OrderByDescending(p => p.Value).Take(40).Select(p => $"{p.Key} {p.Value}")));
    }

    /// <summary>Counts each cue run by its lower-cased text.</summary>
    private static void Tally(Prepared d, IEnumerable<(int Start, int End)> runs, Dictionary<string, int> counts)
    {
        foreach (var (s, e) in runs)
        {
            var key = d.Tokens.Text[d.Tokens.Tokens[s].Span.Start..d.Tokens.Tokens[e - 1].Span.End].ToLowerInvariant();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static HashSet<(int Start, int End)> Runs(int[] labels)
    {
        var runs = new HashSet<(int, int)>();
        var position = 0;
        while (AttributionTagger.NextRun(labels, ref position, out var start))
        {
            runs.Add((start, position));
        }

        return runs;
    }

    /// <summary>The cue weights with <paramref name="bias"/> added to the score of opening a cue (B), on the always-on feature.</summary>
    private static float[] WithCueBias(float[] weights, float bias)
    {
        var biased = (float[])weights.Clone();
        var row = (int)(AttributionFeatures.CueBias & ((1u << Bits) - 1)) * AttributionTagger.CueClasses;
        biased[row + 1] += bias;
        return biased;
    }

    private static void Save(LinearModel model, string path)
    {
        using var file = File.Create(path);
        model.Save(file);
    }

    private sealed record Gold(int CueStart, int CueEnd, int ContentStart, int ContentEnd, int SourceStart, int SourceEnd);

    private sealed record Prepared(AttributionTokens Tokens, List<Gold> Gold, int[] CueLabels);

    private static List<Prepared> Prepare(List<PolnearDocument> documents, AnalysisPipeline pipeline)
    {
        var prepared = new List<Prepared>(documents.Count);
        foreach (var document in documents)
        {
            var analysed = pipeline.Run(new Document(document.Text, new DocumentSource(document.Name)));
            var tokens = AttributionTokens.Of(analysed);
            var gold = new List<Gold>();
            var cueLabels = new int[tokens.Count];
            foreach (var a in document.Attributions)
            {
                if (a.Cue is not { } cue)
                {
                    continue;
                }

                var (cs, ce) = tokens.TokensOf(cue.Start, cue.End);
                var (ts, te) = tokens.TokensOf(a.Content.Start, a.Content.End);
                var (ss, se) = a.Source is { } source ? tokens.TokensOf(source.Start, source.End) : (0, 0);
                if (ce <= cs || te <= ts)
                {
                    continue;
                }

                gold.Add(new Gold(cs, ce, ts, te, ss, se));
                for (var i = cs; i < ce; i++)
                {
                    cueLabels[i] = i == cs ? 1 : 2;
                }
            }

            prepared.Add(new Prepared(tokens, gold, cueLabels));
        }

        return prepared;
    }

    private static void TrainCues(AveragedPerceptron model, Prepared d)
    {
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        var previous = 0;
        for (var i = 0; i < d.Tokens.Count; i++)
        {
            var n = AttributionFeatures.Cue(d.Tokens, i, previous, features);
            var guess = Best(model, features[..n], AttributionTagger.CueClasses);
            model.Tick();
            if (guess != d.CueLabels[i])
            {
                model.Update(features[..n], d.CueLabels[i], guess);
            }

            previous = guess;
        }
    }

    private static void TrainRoles(AveragedPerceptron model, Prepared d)
    {
        Span<uint> features = stackalloc uint[AttributionFeatures.MaxFeatures];
        foreach (var g in d.Gold)
        {
            var (low, high) = d.Tokens.ParagraphOf(g.CueStart);
            var previous = 0;
            for (var i = low; i < high; i++)
            {
                if (i >= g.CueStart && i < g.CueEnd)
                {
                    previous = 0;
                    continue;
                }

                var gold = RoleOf(g, i);
                var n = AttributionFeatures.Role(d.Tokens, i, g.CueStart, g.CueEnd, previous, features);
                var guess = Best(model, features[..n], AttributionTagger.RoleClasses);
                model.Tick();
                if (guess != gold)
                {
                    model.Update(features[..n], gold, guess);
                }

                previous = guess;
            }
        }
    }

    private static int RoleOf(Gold g, int i) =>
        i >= g.ContentStart && i < g.ContentEnd ? (i == g.ContentStart ? AttributionTagger.ContentBegin : AttributionTagger.ContentInside)
        : i >= g.SourceStart && i < g.SourceEnd ? (i == g.SourceStart ? AttributionTagger.SourceBegin : AttributionTagger.SourceInside)
        : 0;

    private static int Best(AveragedPerceptron model, ReadOnlySpan<uint> features, int classes)
    {
        Span<float> scores = stackalloc float[classes];
        foreach (var feature in features)
        {
            var row = (int)(feature & model.Mask) * classes;
            for (var c = 0; c < classes; c++)
            {
                scores[c] += model.Weights[row + c];
            }
        }

        var best = 0;
        for (var c = 1; c < classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Cue F1 (exact token ranges), content F1 (one-to-one, token overlap Dice ≥ 0.5) and token-level content F1 over the dev documents.</summary>
    private static (double Cue, double Content, double Token) Score(AttributionTagger tagger, List<Prepared> dev)
    {
        int cueTp = 0, cueP = 0, cueG = 0, tp = 0, predicted = 0, gold = 0;
        long tokTp = 0, tokP = 0, tokG = 0;
        foreach (var d in dev)
        {
            var found = tagger.Find(d.Tokens);
            var goldCues = d.Gold.Select(g => (g.CueStart, g.CueEnd)).ToHashSet();
            var foundCues = found.Select(f => (f.CueStart, f.CueEnd)).ToHashSet();
            cueTp += foundCues.Count(goldCues.Contains);
            cueP += foundCues.Count;
            cueG += goldCues.Count;
            predicted += found.Count;
            gold += d.Gold.Count;
            var used = new bool[found.Count];
            foreach (var g in d.Gold)
            {
                for (var k = 0; k < found.Count; k++)
                {
                    if (!used[k] && Dice(g.ContentStart, g.ContentEnd, found[k].ContentStart, found[k].ContentEnd) >= 0.5)
                    {
                        used[k] = true;
                        tp++;
                        break;
                    }
                }
            }

            var goldTokens = new bool[d.Tokens.Count];
            var foundTokens = new bool[d.Tokens.Count];
            foreach (var g in d.Gold)
            {
                goldTokens.AsSpan(g.ContentStart, g.ContentEnd - g.ContentStart).Fill(true);
            }

            foreach (var f in found)
            {
                foundTokens.AsSpan(f.ContentStart, f.ContentEnd - f.ContentStart).Fill(true);
            }

            for (var i = 0; i < d.Tokens.Count; i++)
            {
                tokTp += goldTokens[i] && foundTokens[i] ? 1 : 0;
                tokP += foundTokens[i] ? 1 : 0;
                tokG += goldTokens[i] ? 1 : 0;
            }
        }

        return (F1(cueTp, cueP, cueG), F1(tp, predicted, gold), F1(tokTp, tokP, tokG));
    }

    /// <summary>
    /// The role tagger alone: content F1 when every gold cue is given, with the count of contents found with wrong bounds
    /// (Dice below 0.5) and of cues given no content at all.
    /// </summary>
    private static (double F1, int Boundary, int Empty) ScoreGoldCues(AttributionTagger tagger, List<Prepared> dev)
    {
        int tp = 0, predicted = 0, gold = 0, boundary = 0, empty = 0;
        foreach (var d in dev)
        {
            foreach (var g in d.Gold)
            {
                gold++;
                var (low, high) = d.Tokens.ParagraphOf(g.CueStart);
                var labels = new int[high - low];
                tagger.TagRoles(d.Tokens, g.CueStart, g.CueEnd, low, high, labels);
                if (AttributionTagger.Read(labels, low, g.CueStart, g.CueEnd) is not { } found)
                {
                    empty++;
                    continue;
                }

                predicted++;
                if (Dice(g.ContentStart, g.ContentEnd, found.ContentStart, found.ContentEnd) >= 0.5)
                {
                    tp++;
                }
                else
                {
                    boundary++;
                }
            }
        }

        return (F1(tp, predicted, gold), boundary, empty);
    }

    private static double Dice(int a0, int a1, int b0, int b1)
    {
        var overlap = Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));
        return 2.0 * overlap / (a1 - a0 + b1 - b0);
    }

    private static double F1(long tp, long predicted, long gold) => tp == 0 ? 0 : 2.0 * tp / (predicted + gold);
}
