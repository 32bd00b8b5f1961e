using Chronicle.Language.Tagging;
using Chronicle.Testing;

namespace Chronicle.Language.Tests;

/// <summary>A small bar on CoNLL-2003 dev (read in place from ../shared); the full figure comes from <c>chronicle eval ner</c>.</summary>
public sealed class NerFloorTests
{
    private const int Documents = 40;

    [SkippableFact]
    public void Entity_F1_on_a_slice_of_CoNLL_dev_stays_above_the_floor()
    {
        var path = RepoPaths.RequireShared("data", "ner", "conll2003", "dev.txt");
        int tp = 0, predicted = 0, gold = 0;
        foreach (var (sentences, labels) in ReadDocuments(path).Take(Documents))
        {
            var output = EntityRecognizer.Default.TagDocument(sentences);
            for (var s = 0; s < sentences.Count; s++)
            {
                var goldSpans = Spans(labels[s]);
                var predictedSpans = Spans(output[s]);
                tp += predictedSpans.Count(goldSpans.Contains);
                predicted += predictedSpans.Count;
                gold += goldSpans.Count;
            }
        }

        var f1 = 2.0 * tp / (predicted + gold);
        Assert.True(gold > 500, $"only {gold} gold entities read");
        Assert.True(f1 >= 0.91, $"entity F1 {f1:0.000} on the first {Documents} dev documents is below 0.91");
    }

    private static HashSet<(int, int, string)> Spans(IReadOnlyList<string> labels)
    {
        var spans = new HashSet<(int, int, string)>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (!labels[i].StartsWith("B-", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < labels.Count && labels[end] == "I-" + labels[i][2..])
            {
                end++;
            }

            spans.Add((i, end, labels[i][2..]));
        }

        return spans;
    }

    private static IEnumerable<(List<IReadOnlyList<string>> Sentences, List<IReadOnlyList<string>> Labels)> ReadDocuments(string path)
    {
        var sentences = new List<IReadOnlyList<string>>();
        var labels = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (sentences.Count > 0)
                {
                    yield return (sentences, labels);
                    (sentences, labels) = ([], []);
                }

                continue;
            }

            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add([.. words]);
                    labels.Add([.. tags]);
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            var fields = line.Split(' ');
            words.Add(fields[0]);
            tags.Add(fields[^1]);
        }

        if (sentences.Count > 0)
        {
            yield return (sentences, labels);
        }
    }
}
