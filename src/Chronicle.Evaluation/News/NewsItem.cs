using System.Text.Json;

namespace Chronicle.Evaluation.News;

/// <summary>One annotated article: its body (the text after the source header) and its gold annotations.</summary>
public sealed record NewsItem(string Name, string Body, JsonElement Gold)
{
    /// <summary>Reads <c>NN.txt</c> beside <c>NN.gold.json</c>; the body is what follows the <c>SOURCE:</c>/<c>URL:</c> line and the blank line.</summary>
    public static NewsItem Load(string goldPath)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        var directory = Path.GetDirectoryName(goldPath) ?? ".";
        var stem = Path.GetFileName(goldPath)[..^".gold.json".Length];
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        var raw = File.ReadAllText(Path.Combine(directory, stem + ".txt"))
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n');
        var body = raw;
        if (raw.StartsWith("URL:", StringComparison.Ordinal) || raw.StartsWith("SOURCE:", StringComparison.Ordinal))
        {
            var parts = raw.Split('\n', 3);
            body = parts.Length == 3 ? parts[2] : string.Empty;
        }

        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return new NewsItem($"{folder}-{stem}.txt", body, json.RootElement.Clone());
    }

    public string Language => Gold.TryGetProperty("language", out var language) && language.ValueKind == JsonValueKind.String
        ? language.GetString() ?? "en"
        : "en";
}
