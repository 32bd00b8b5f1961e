using System.Text.Json;

namespace Chronicle.Corpus.Stories;

/// <summary>
/// A labelled story set laid out like <c>stories-dev</c>: <c>stories.jsonl</c> (one <c>{id, url, date, text}</c> per
/// line) and <c>gold.json</c> (<c>stories</c>: each with its <c>ids</c>; <c>distractors</c>; <c>copies</c>: id pairs).
/// </summary>
public sealed record StorySet(IReadOnlyList<StoryText> Texts, IReadOnlyDictionary<string, string> StoryOf, IReadOnlySet<(string, string)> Copies)
{
    /// <summary>Reads a set, or says why it cannot.</summary>
    public static (StorySet? Set, string? Error) Load(string directory)
    {
        var textsPath = Path.Combine(directory, "stories.jsonl");
        var goldPath = Path.Combine(directory, "gold.json");
        if (!File.Exists(textsPath) || !File.Exists(goldPath))
        {
            return (null, $"{directory} has no stories.jsonl and gold.json");
        }

        try
        {
            var texts = new List<StoryText>();
            foreach (var line in File.ReadLines(textsPath))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                texts.Add(new StoryText(
                    root.GetProperty("id").GetString()!,
                    root.GetProperty("url").GetString()!,
                    root.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String ? date.GetString() : null,
                    root.GetProperty("text").GetString() ?? string.Empty));
            }

            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var story in gold.RootElement.GetProperty("stories").EnumerateObject())
            {
                foreach (var id in story.Value.GetProperty("ids").EnumerateArray())
                {
                    storyOf[id.GetString()!] = story.Name;
                }
            }

            var copies = new HashSet<(string, string)>();
            if (gold.RootElement.TryGetProperty("copies", out var pairs))
            {
                foreach (var pair in pairs.EnumerateArray())
                {
                    copies.Add(Pair(pair[0].GetString()!, pair[1].GetString()!));
                }
            }

            return (new StorySet(texts, storyOf, copies), null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return (null, $"{directory}: {e.Message}");
        }
    }

    /// <summary>An unordered pair in a canonical order.</summary>
    public static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}

/// <summary>One text of a story set.</summary>
public sealed record StoryText(string Id, string Url, string? Date, string Text);
