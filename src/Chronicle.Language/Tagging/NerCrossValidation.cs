using System.Collections.Frozen;
using System.Globalization;
using Chronicle.Language.Gazetteers;

namespace Chronicle.Language.Tagging;

/// <summary>
/// How the embedded entity recogniser scored in cross-validation on its training corpus, written beside the model by the
/// training command (<c>ner-cv.tsv.gz</c>): the folds, the epochs chosen from that cross-validation, and entity counts per
/// type (conlleval's exact-span matching) summed over the held-out folds.
/// </summary>
public sealed class NerCrossValidation
{
    private NerCrossValidation(string corpus, int folds, int firstEpochs, int secondEpochs, FrozenDictionary<string, (int Tp, int Predicted, int Gold)> counts)
    {
        Corpus = corpus;
        Folds = folds;
        FirstEpochs = firstEpochs;
        SecondEpochs = secondEpochs;
        Counts = counts;
    }

    public string Corpus { get; }

    public int Folds { get; }

    public int FirstEpochs { get; }

    public int SecondEpochs { get; }

    /// <summary>True positives, predicted and gold entities per CoNLL type (PER, ORG, LOC, MISC).</summary>
    public FrozenDictionary<string, (int Tp, int Predicted, int Gold)> Counts { get; }

    /// <summary>The figures embedded with the model, or null when the model was built without them.</summary>
    public static NerCrossValidation? LoadDefault()
    {
        using var stream = ResourceFiles.TryOpen("ner-cv.tsv.gz");
        return stream is null ? null : Read(stream);
    }

    /// <summary>Reads the gzipped table: <c>corpus</c>, <c>folds</c>, <c>epochs</c> rows, then one row per type.</summary>
    public static NerCrossValidation? Read(Stream gzipped)
    {
        ArgumentNullException.ThrowIfNull(gzipped);
        var corpus = string.Empty;
        int folds = 0, first = 0, second = 0;
        var counts = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        foreach (var f in ResourceFiles.ReadRows(new System.IO.Compression.GZipStream(gzipped, System.IO.Compression.CompressionMode.Decompress)).Where(f => f.Length >= 2))
        {

            switch (f[0])
            {
                case "corpus":
                    corpus = f[1];
                    break;
                case "folds":
                    folds = Int(f[1]);
                    break;
                case "epochs" when f.Length >= 3:
                    (first, second) = (Int(f[1]), Int(f[2]));
                    break;
                default:
                    if (f.Length >= 4)
                    {
                        counts[f[0]] = (Int(f[1]), Int(f[2]), Int(f[3]));
                    }

                    break;
            }
        }

        return folds == 0 || counts.Count == 0 ? null : new NerCrossValidation(corpus, folds, first, second, counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
