using System.CommandLine;
using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Evaluation.Extraction;
using Chronicle.Extraction;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>
/// <c>chronicle eval extraction DIR [--peer smartreader] [--out DIR]</c>: scores article extraction on a folder laid
/// out like the article-extraction benchmark and prints precision, recall, F1, accuracy, empty pages and speed.
/// </summary>
public static class EvalExtractionCommand
{
    private const string SmartReader = "smartreader";

    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var directory = new Argument<string>("dir") { Description = "Folder with ground-truth.json and html/<id>.html (e.g. ../shared/data/extraction-dev)." };
        var peer = new Option<string?>("--peer") { Description = "Also score a peer extractor side by side: smartreader." };
        peer.AcceptOnlyFromAmong(SmartReader);
        var output = new Option<string?>("--out") { Description = "Write each page's extracted text to <out>/<id>.txt (for the reference scorer)." };
        var perPage = new Option<bool>("--per-page") { Description = "Print each page's precision and recall." };
        var command = new Command("extraction", "Score article-body extraction: shingle precision, recall, F1, exact-match accuracy, pages/s on one thread.")
        {
            directory, peer, output, perPage,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            io, result.GetValue(directory)!, result.GetValue(peer), result.GetValue(output), result.GetValue(perPage), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliIo io, string directory, string? peer, string? output, bool perPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(io);
        var (pages, error) = ExtractionDataset.Load(directory);
        if (error is not null)
        {
            await io.Error.WriteLineAsync($"chronicle: {error}");
            return ExitCodes.Usage;
        }

        var extractor = new ArticleExtractor();
        var ours = ExtractionEvaluator.Run("chronicle", pages, (html, url) => extractor.FromHtml(html, new DocumentSource(null, url)).Text, cancellationToken: cancellationToken);
        var rows = new List<ExtractionScore> { ours.Score };
        if (string.Equals(peer, SmartReader, StringComparison.Ordinal))
        {
            rows.Add(ExtractionEvaluator.Run(SmartReader, pages, SmartReaderPeer.Extract, cancellationToken: cancellationToken).Score);
        }

        if (output is not null)
        {
            Directory.CreateDirectory(output);
            for (var i = 0; i < pages.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(output, pages[i].Id + ".txt"), ours.Predictions[i], cancellationToken);
            }
        }

        if (perPage)
        {
            await io.Out.WriteLineAsync("id\tprecision\trecall\ttp\tfp\tfn");
            for (var i = 0; i < pages.Count; i++)
            {
                var s = ours.PageScores[i];
                await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{pages[i].Id}\t{s.Precision:0.000}\t{s.Recall:0.000}\t{s.TruePositives}\t{s.FalsePositives}\t{s.FalseNegatives}"));
            }
        }

        await io.Out.WriteLineAsync($"extraction on {directory} ({pages.Count} pages)");
        await io.Out.WriteLineAsync("system        precision  recall     F1  accuracy  empty  pages/s  pages/cpu-s");
        foreach (var row in rows)
        {
            await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{row.System,-12}  {row.Precision,9:0.000}  {row.Recall,6:0.000}  {row.F1,5:0.000}  {row.Accuracy,8:0.000}  {row.Empty,5}  {row.PagesPerSecond,7:0.0}  {row.PagesPerCpuSecond,11:0.0}"));
        }

        return ExitCodes.Success;
    }
}
