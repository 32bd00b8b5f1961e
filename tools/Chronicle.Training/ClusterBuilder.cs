using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using Chronicle.Language.Sentences;
using Chronicle.Language.Tagging;
using Chronicle.Language.Tokenization;

namespace Chronicle.Training;

/// <summary>
/// Distributional word clusters for the recogniser: each frequent word is described by the positive pointwise
/// mutual information of its left and right neighbours, and spherical k-means groups the words at three
/// granularities. Words are stored as the 64-bit hash of their lower-case form, so the table holds no text.
/// </summary>
internal static class ClusterBuilder
{
    private const int MinCount = 3;
    private const int Contexts = 2000;
    private const int Iterations = 12;
    private static readonly int[] Granularities = [64, 256, 1024];

    public static void Build(string shared, string outDir)
    {
        var watch = Stopwatch.StartNew();
        var sentences = ReadText(shared);
        var vocabulary = new Dictionary<ulong, int>();
        var counts = new List<int>();
        var ids = new List<int[]>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Count];
            for (var i = 0; i < sentence.Count; i++)
            {
                var h = FeatureHash.Chars(sentence[i], lower: true);
                if (!vocabulary.TryGetValue(h, out var id))
                {
                    id = vocabulary[h] = counts.Count;
                    counts.Add(0);
                }

                counts[id]++;
                row[i] = id;
            }

            ids.Add(row);
        }

        var tokens = counts.Sum();
        Console.WriteLine($"clusters: {sentences.Count:N0} sentences, {tokens:N0} tokens, {counts.Count:N0} word forms");

        // Context words: the most frequent forms, plus a sentence boundary; left and right kept apart.
        var byFrequency = Enumerable.Range(0, counts.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToList();
        var contextOf = new Dictionary<int, int>();
        for (var k = 0; k < Math.Min(Contexts, byFrequency.Count); k++)
        {
            contextOf[byFrequency[k]] = k;
        }

        var boundary = Contexts;
        var dims = 2 * (Contexts + 1);
        var words = byFrequency.Where(i => counts[i] >= MinCount).ToList();
        var row0 = words.Select((w, r) => (w, r)).ToDictionary(x => x.w, x => x.r);
        var cooc = new Dictionary<int, float>[words.Count];
        for (var r = 0; r < words.Count; r++)
        {
            cooc[r] = [];
        }

        var contextTotals = new double[dims];
        foreach (var row in ids)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (!row0.TryGetValue(row[i], out var r))
                {
                    continue;
                }

                var left = i > 0 ? (contextOf.TryGetValue(row[i - 1], out var l) ? l : -1) : boundary;
                var right = i + 1 < row.Length ? (contextOf.TryGetValue(row[i + 1], out var rc) ? rc : -1) : boundary;
                if (left >= 0)
                {
                    cooc[r][left] = cooc[r].GetValueOrDefault(left) + 1;
                    contextTotals[left]++;
                }

                if (right >= 0)
                {
                    var d = Contexts + 1 + right;
                    cooc[r][d] = cooc[r].GetValueOrDefault(d) + 1;
                    contextTotals[d]++;
                }
            }
        }

        // Positive PMI with context-distribution smoothing (counts^0.75), rows normalised to unit length.
        var smoothed = contextTotals.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedSum = smoothed.Sum();
        var vectors = new (int[] Index, float[] Value)[words.Count];
        for (var r = 0; r < words.Count; r++)
        {
            var total = cooc[r].Values.Sum();
            var entries = new List<(int, float)>();
            foreach (var (d, c) in cooc[r])
            {
                var pmi = Math.Log(c / total / (smoothed[d] / smoothedSum));
                if (pmi > 0)
                {
                    entries.Add((d, (float)pmi));
                }
            }

            entries.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            var norm = MathF.Sqrt(entries.Sum(e => e.Item2 * e.Item2));
            vectors[r] = ([.. entries.Select(e => e.Item1)], [.. entries.Select(e => norm > 0 ? e.Item2 / norm : 0)]);
        }

        Console.WriteLine($"clusters: {words.Count:N0} words with at least {MinCount} occurrences, {dims} context dimensions ({watch.Elapsed.TotalSeconds:0.0}s)");
        var assignments = new int[Granularities.Length][];
        for (var g = 0; g < Granularities.Length; g++)
        {
            assignments[g] = KMeans(vectors, dims, Granularities[g], seed: 17 + g);
            Console.WriteLine($"clusters: k={Granularities[g]} done ({watch.Elapsed.TotalSeconds:0.0}s)");
        }

        var hashes = new ulong[counts.Count];
        foreach (var (h, id) in vocabulary)
        {
            hashes[id] = h;
        }

        var path = Path.Combine(outDir, "clusters.bin.gz");
        using (var file = File.Create(path))
        {
            var table = new ulong[words.Count];
            var packed = new ulong[words.Count];
            for (var r = 0; r < words.Count; r++)
            {
                table[r] = hashes[words[r]];
                for (var g = 0; g < Granularities.Length; g++)
                {
                    packed[r] |= (ulong)(assignments[g][r] + 1) << (16 * g);
                }
            }

            // Sorted by hash so that the file does not depend on reading order.
            Array.Sort(table, packed);
            WordClusters.Save(file, table, packed);
        }

        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes, {watch.Elapsed.TotalSeconds:0.0}s)");
    }

    /// <summary>The unlabelled sentences (token texts) the clusters are learnt from.</summary>
    private static List<List<string>> ReadText(string shared)
    {
        var ner = Path.Combine(shared, "data", "ner");
        var sentences = new List<List<string>>();
        foreach (var file in (string[])[
            Path.Combine(ner, "conll2003", "train.txt"),
            Path.Combine(ner, "crossner_politics", "train.txt"),
            Path.Combine(ner, "crossner_politics", "dev.txt"),
            Path.Combine(ner, "wnut17", "train.conll"),
            Path.Combine(ner, "wnut17", "dev.conll")])
        {
            foreach (var doc in ConllCorpus.Read(file))
            {
                foreach (var sentence in doc.Sentences)
                {
                    var words = new List<string>(sentence.TokenCount);
                    for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
                    {
                        words.Add(doc.Text.Substring(doc.Tokens[i].Span.Start, doc.Tokens[i].Span.Length));
                    }

                    sentences.Add(words);
                }
            }
        }

        // News article bodies of the extraction benchmark (MIT), tokenised as the product tokenises.
        var truth = Path.Combine(shared, "data", "extraction-dev", "ground-truth.json");
        if (File.Exists(truth))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(truth));
            foreach (var page in json.RootElement.EnumerateObject())
            {
                if (!page.Value.TryGetProperty("articleBody", out var body) || body.GetString() is not { } text)
                {
                    continue;
                }

                var tokens = Tokenizer.Tokenize(text);
                foreach (var sentence in SentenceSplitter.Split(text, tokens))
                {
                    var words = new List<string>(sentence.TokenCount);
                    for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
                    {
                        words.Add(text.Substring(tokens[i].Span.Start, tokens[i].Span.Length));
                    }

                    sentences.Add(words);
                }
            }
        }

        return sentences;
    }

    /// <summary>Spherical k-means (cosine) over sparse unit vectors; centroids seeded from a fixed random sample.</summary>
    private static int[] KMeans((int[] Index, float[] Value)[] vectors, int dims, int k, int seed)
    {
        var random = new Random(seed);
        var n = vectors.Length;
        k = Math.Min(k, n);

        // Centroids stored transposed (dimension-major) so each sparse entry adds one contiguous run of k scores.
        var centroids = new float[dims * k];
        var seeds = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (var c = 0; c < k; c++)
        {
            var (index, value) = vectors[seeds[c]];
            for (var e = 0; e < index.Length; e++)
            {
                centroids[index[e] * k + c] = value[e];
            }
        }

        var assignment = new int[n];
        var scores = new float[k];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = 0;
            for (var r = 0; r < n; r++)
            {
                Array.Clear(scores);
                var (index, value) = vectors[r];
                for (var e = 0; e < index.Length; e++)
                {
                    var column = centroids.AsSpan(index[e] * k, k);
                    var v = new Vector<float>(value[e]);
                    var c = 0;
                    for (; c + Vector<float>.Count <= k; c += Vector<float>.Count)
                    {
                        (new Vector<float>(scores.AsSpan(c)) + (v * new Vector<float>(column[c..]))).CopyTo(scores.AsSpan(c));
                    }

                    for (; c < k; c++)
                    {
                        scores[c] += value[e] * column[c];
                    }
                }

                var best = 0;
                for (var c = 1; c < k; c++)
                {
                    if (scores[c] > scores[best])
                    {
                        best = c;
                    }
                }

                changed += assignment[r] != best || iteration == 0 ? 1 : 0;
                assignment[r] = best;
            }

            // New centroids: normalised sums of their members; an empty cluster keeps its old centroid.
            var sums = new float[dims * k];
            var sizes = new int[k];
            for (var r = 0; r < n; r++)
            {
                var c = assignment[r];
                sizes[c]++;
                var (index, value) = vectors[r];
                for (var e = 0; e < index.Length; e++)
                {
                    sums[index[e] * k + c] += value[e];
                }
            }

            var norms = new double[k];
            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++)
                {
                    norms[c] += sums[d * k + c] * sums[d * k + c];
                }
            }

            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++)
                {
                    if (sizes[c] > 0 && norms[c] > 0)
                    {
                        centroids[d * k + c] = (float)(sums[d * k + c] / Math.Sqrt(norms[c]));
                    }
                }
            }

            if (changed == 0)
            {
                break;
            }
        }

        return assignment;
    }
}
