using System.Text;
using System.Text.Json;
using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Json;

namespace Chronicle.Evaluation.News;

/// <summary>
/// Runs the analyzer over folders laid out like news-dev (<c>NN.txt</c> beside <c>NN.gold.json</c>) and scores
/// each document through its <c>analyze --json</c> form, as the reference scorer sees it.
/// </summary>
public static class NewsEvaluation
{
    /// <summary>The gold files of <paramref name="folders"/>, in the reference scorer's order (ordinal file names).</summary>
    public static List<NewsItem> LoadItems(IEnumerable<string> folders, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var items = new List<NewsItem>();
        foreach (var folder in folders)
        {
            var files = Directory.GetFiles(folder, "*.gold.json");
            System.Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!File.Exists(file[..^".gold.json".Length] + ".txt"))
                {
                    // Gold without its text cannot be scored; the reference scorer skips it too.
                    continue;
                }

                var item = NewsItem.Load(file);
                if (language is null || string.Equals(item.Language, language, StringComparison.Ordinal))
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }

    public static NewsScore Run(ChronicleAnalyzer analyzer, IReadOnlyList<NewsItem> items, bool details = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(items);
        var outputs = new string?[items.Count];
        Parallel.For(
            0,
            items.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => outputs[i] = Analyze(analyzer, items[i], cancellationToken));

        var score = new NewsScore { Documents = items.Count };
        for (var i = 0; i < items.Count; i++)
        {
            if (outputs[i] is null)
            {
                score.Failed++;
                NewsScorer.Score(null, items[i].Gold, score, details, items[i].Name);
                continue;
            }

            score.Analysed++;
            using var json = JsonDocument.Parse(outputs[i]!);
            NewsScorer.Score(json.RootElement, items[i].Gold, score, details, items[i].Name);
        }

        return score;
    }

    /// <summary>The document's JSON line, or null when the input was unusable (the CLI would report it and skip it).</summary>
    private static string? Analyze(ChronicleAnalyzer analyzer, NewsItem item, CancellationToken cancellationToken)
    {
        var document = analyzer.Analyze(Encoding.UTF8.GetBytes(item.Body), InputKind.Text, new DocumentSource(item.Name), cancellationToken);
        return document.Diagnostics.Any(d => DiagnosticCodes.IsFatal(d.Code)) ? null : DocumentJsonWriter.ToJson(document);
    }
}
