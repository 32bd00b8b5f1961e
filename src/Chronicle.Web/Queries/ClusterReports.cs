using System.Globalization;
using System.Text.Json;
using Chronicle.Storage;

namespace Chronicle.Web.Queries;

/// <summary>Builds the side-by-side view of a story's reports from their stored contract JSON.</summary>
public static class ClusterReports
{
    /// <summary>Characters of each report's opening shown; enough for the lede and the nut paragraph.</summary>
    private const int LeadChars = 900;

    public static async Task<IReadOnlyList<ClusterReport>> BuildAsync(ICorpusStore store, IReadOnlyList<ClusterMember> members, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(members);
        var reports = new List<ClusterReport>();
        foreach (var member in members.Take(limit))
        {
            var json = await store.GetDocumentJsonAsync(member.DocumentId, cancellationToken);
            reports.Add(json is null ? Empty(member) : FromJson(member, json));
        }

        return reports;
    }

    private static ClusterReport Empty(ClusterMember member) =>
        new(member.DocumentId, member.Title, member.Site, member.Published, member.Url, member.Syndicated, string.Empty, 0, [], [], []);

    private static ClusterReport FromJson(ClusterMember member, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            var counts = new List<string>();
            foreach (var count in Array(root, "counts"))
            {
                var number = count.TryGetProperty("number", out var n) && n.TryGetInt64(out var value) ? value : 0;
                var approximate = count.TryGetProperty("approximate", out var a) && a.ValueKind == JsonValueKind.True;
                counts.Add(string.Create(CultureInfo.InvariantCulture, $"{Str(count, "type")} {(approximate ? "~" : string.Empty)}{number} {Str(count, "object")}").Trim());
            }

            var speakers = Array(root, "quotes").Select(q => Str(q, "speakerName")).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Take(8).ToList();
            var entities = Array(root, "entities")
                .Where(e => Str(e, "type") is "PERSON" or "ORG" or "LOC")
                .OrderByDescending(e => e.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Array ? m.GetArrayLength() : 0)
                .Select(e => Str(e, "name"))
                .Where(n => n.Length > 0)
                .Take(8)
                .ToList();
            var tone = root.TryGetProperty("tone", out var toneObject) && toneObject.ValueKind == JsonValueKind.Object
                && toneObject.TryGetProperty("tone", out var toneValue) && toneValue.TryGetDouble(out var toneNumber) ? toneNumber : 0;
            return new ClusterReport(
                member.DocumentId, member.Title, member.Site, member.Published, member.Url, member.Syndicated, Lead(text), tone, counts, speakers, entities);
        }
        catch (JsonException)
        {
            return Empty(member);
        }
    }

    private static string Lead(string text)
    {
        if (text.Length <= LeadChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', LeadChars);
        return text[..(cut > LeadChars / 2 ? cut : LeadChars)] + "…";
    }

    private static List<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private static string Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
