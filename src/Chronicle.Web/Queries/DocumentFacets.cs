using System.Text.Json;

namespace Chronicle.Web.Queries;

/// <summary>What facets need of one stored document: its named entities and its themes, read from its contract JSON.</summary>
public sealed record DocumentFacets(IReadOnlyList<(string Name, string Type)> Entities, IReadOnlyList<string> Themes)
{
    public static readonly DocumentFacets Empty = new([], []);

    public static DocumentFacets FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var entities = new List<(string, string)>();
            if (root.TryGetProperty("entities", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var entity in list.EnumerateArray())
                {
                    var name = entity.TryGetProperty("name", out var n) ? n.GetString() : null;
                    var type = entity.TryGetProperty("type", out var t) ? t.GetString() : null;
                    // MISC (nationalities, events) makes noisy facets; people, organisations and places are what users filter by.
                    if (!string.IsNullOrWhiteSpace(name) && type is "PERSON" or "ORG" or "LOC")
                    {
                        entities.Add((name, type!));
                    }
                }
            }

            var themes = new List<string>();
            if (root.TryGetProperty("themes", out var themeList) && themeList.ValueKind == JsonValueKind.Array)
            {
                foreach (var theme in themeList.EnumerateArray())
                {
                    if (theme.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 } value)
                    {
                        themes.Add(value);
                    }
                }
            }

            return new DocumentFacets(entities, themes);
        }
        catch (JsonException)
        {
            return Empty;
        }
    }
}
