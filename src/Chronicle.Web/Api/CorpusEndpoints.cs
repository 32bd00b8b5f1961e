using System.Buffers;
using System.Text.Json;
using Chronicle.Storage;
using Chronicle.Web.Queries;

namespace Chronicle.Web.Api;

/// <summary>Health, corpus statistics, faceted search, one document with its evidence, and event locations for the map.</summary>
public static class CorpusEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/health", HealthAsync);
        app.MapGet("/api/stats", async (ICorpusStore store, CancellationToken ct) => Results.Ok(await store.StatsAsync(ct)));
        app.MapGet("/api/search", SearchAsync);
        app.MapGet("/api/documents/{id:long}", DocumentAsync);
        app.MapGet("/api/map", async (ICorpusStore store, string? actor, int? limit, CancellationToken ct) =>
            Results.Ok(await EventMap.BuildAsync(store, actor, QueryArgs.Limit(limit, 2000, 10_000), ct)));
    }

    private static async Task<IResult> HealthAsync(ICorpusStore store, CancellationToken cancellationToken)
    {
        try
        {
            var stats = await store.StatsAsync(cancellationToken);
            // The scheme only: a postgres:// location can carry a password.
            var kind = CorpusStoreFactory.SchemeOf(store.Location) ?? "sqlite";
            return Results.Ok(new { status = "ok", store = kind, schemaVersion = store.SchemaVersion, documents = stats.Documents });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Problem(title: "Store unavailable", detail: ex.GetType().Name, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> SearchAsync(
        ICorpusStore store, DocumentFacetCache cache, ChronicleWebOptions options,
        string? q, string? entity, string? theme, string? site, string? language, string? from, string? to, int? limit, int? offset,
        CancellationToken cancellationToken)
    {
        if (!QueryArgs.TryDay(from, "from", out var fromDay, out var problem) || !QueryArgs.TryDay(to, "to", out var toDay, out problem))
        {
            return problem!;
        }

        var request = new SearchRequest(q, entity, theme, site, language, fromDay, toDay, QueryArgs.Limit(limit, 20, 200), Math.Max(0, offset ?? 0));
        return Results.Ok(await FacetedSearch.RunAsync(store, cache, request, options.FacetWindow, cancellationToken));
    }

    /// <summary>The summary and the contract JSON exactly as stored, so the page sees the same offsets the CLI prints.</summary>
    private static async Task<IResult> DocumentAsync(long id, ICorpusStore store, CancellationToken cancellationToken)
    {
        var json = await store.GetDocumentJsonAsync(id, cancellationToken);
        var summary = json is null ? null : await store.GetDocumentAsync(id, cancellationToken);
        if (json is null || summary is null)
        {
            return QueryArgs.NotFound($"No document {id} in this corpus.");
        }

        var buffer = new ArrayBufferWriter<byte>(json.Length + 512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("summary");
            JsonSerializer.Serialize(writer, summary, JsonSerializerOptions.Web);
            writer.WritePropertyName("document");
            writer.WriteRawValue(json, skipInputValidation: false);
            writer.WriteEndObject();
        }

        return Results.Bytes(buffer.WrittenMemory, "application/json; charset=utf-8");
    }
}
