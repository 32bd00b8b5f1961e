using System.Text.Json;
using Chronicle.Storage;

namespace Chronicle.Web.Queries;

/// <summary>
/// The quotations an entity is credited with, read from the contract JSON of the documents on its timeline. A quote
/// belongs to the entity when its speaker's name, or the name of the entity the speaker resolves to, contains the
/// looked-up name as whole words ("Assad" finds quotes of "Bashar al-Assad").
/// </summary>
public static class EntityQuotes
{
    public static async Task<IReadOnlyList<EntityQuote>> FindAsync(
        ICorpusStore store, string name, IReadOnlyList<TimelineEntry> timeline, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeline);
        var keys = new HashSet<string>(StringComparer.Ordinal) { EntityKey.Normalise(name) };
        foreach (var entry in timeline)
        {
            keys.Add(EntityKey.Normalise(entry.EntityName));
        }

        keys.Remove(string.Empty);
        var quotes = new List<EntityQuote>();
        var documents = new HashSet<long>();
        foreach (var entry in timeline)
        {
            if (entry.Quotes == 0 || !documents.Add(entry.DocumentId))
            {
                continue;
            }

            var json = await store.GetDocumentJsonAsync(entry.DocumentId, cancellationToken);
            if (json is not null)
            {
                Collect(json, entry, keys, quotes, limit);
            }

            if (quotes.Count >= limit)
            {
                break;
            }
        }

        return quotes;
    }

    private static void Collect(string json, TimelineEntry entry, HashSet<string> keys, List<EntityQuote> quotes, int limit)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var entityNames = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
            {
                foreach (var entity in entities.EnumerateArray())
                {
                    if (entity.TryGetProperty("id", out var id) && id.GetString() is { } key && entity.TryGetProperty("name", out var n) && n.GetString() is { } value)
                    {
                        entityNames[key] = value;
                    }
                }
            }

            if (!root.TryGetProperty("quotes", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            foreach (var quote in list.EnumerateArray())
            {
                var speakerName = String(quote, "speakerName");
                var speaker = String(quote, "speaker");
                var resolved = speaker is not null ? entityNames.GetValueOrDefault(speaker) : null;
                if (!Names(keys, speakerName) && !Names(keys, resolved))
                {
                    continue;
                }

                quotes.Add(new EntityQuote(
                    entry.DocumentId,
                    entry.Title,
                    entry.Date,
                    String(quote, "text") ?? string.Empty,
                    speakerName ?? resolved,
                    quote.TryGetProperty("start", out var start) && start.TryGetInt32(out var s) ? s : 0,
                    quote.TryGetProperty("end", out var end) && end.TryGetInt32(out var e) ? e : 0));
                if (quotes.Count >= limit)
                {
                    return;
                }
            }
        }
        catch (JsonException)
        {
            // A stored document that does not parse has no quotes to offer; the rest of the timeline still counts.
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Names(HashSet<string> keys, string? speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker))
        {
            return false;
        }

        var padded = " " + EntityKey.Normalise(speaker) + " ";
        foreach (var key in keys)
        {
            if (padded.Contains(" " + key + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
