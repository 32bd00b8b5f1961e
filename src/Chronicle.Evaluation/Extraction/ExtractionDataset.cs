using System.Text.Json;

namespace Chronicle.Evaluation.Extraction;

/// <summary>
/// A folder laid out like the article-extraction benchmark: <c>ground-truth.json</c>
/// (<c>{id: {articleBody, url}}</c>), <c>html/&lt;id&gt;.html</c>, optional <c>ids.txt</c>.
/// </summary>
public static class ExtractionDataset
{
    /// <summary>Loads the pages, or returns an error message when the folder does not have that layout.</summary>
    public static (IReadOnlyList<ExtractionPage> Pages, string? Error) Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var truthPath = Path.Combine(directory, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            return ([], $"{truthPath} not found: expected a folder with ground-truth.json and html/<id>.html.");
        }

        Dictionary<string, (string Body, string? Url)> truth;
        try
        {
            truth = ReadTruth(truthPath);
        }
        catch (JsonException exception)
        {
            return ([], $"{truthPath} is not valid JSON: {exception.Message}");
        }

        var idsPath = Path.Combine(directory, "ids.txt");
        IEnumerable<string> ids = File.Exists(idsPath)
            ? File.ReadAllLines(idsPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            : truth.Keys.Order(StringComparer.Ordinal);
        var pages = new List<ExtractionPage>();
        foreach (var id in ids)
        {
            var htmlPath = Path.Combine(directory, "html", id + ".html");
            if (!truth.TryGetValue(id, out var entry))
            {
                return ([], $"page {id} is listed in ids.txt but not in ground-truth.json.");
            }

            var html = File.Exists(htmlPath) ? File.ReadAllBytes(htmlPath) : [];
            pages.Add(new ExtractionPage(id, html, entry.Url, entry.Body));
        }

        return (pages, null);
    }

    private static Dictionary<string, (string Body, string? Url)> ReadTruth(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var truth = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var page in document.RootElement.EnumerateObject())
        {
            var body = page.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() ?? string.Empty : string.Empty;
            var url = page.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            truth[page.Name] = (body, url);
        }

        return truth;
    }
}
