using Chronicle.Storage;
using Chronicle.Web.Queries;

namespace Chronicle.Web.Api;

/// <summary>Entities: the most named, lookup by name, one entity's timeline (documents and events), its quotes and its actor network.</summary>
public static class EntityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/entities", async (ICorpusStore store, string? q, string? type, int? limit, CancellationToken ct) =>
        {
            var count = QueryArgs.Limit(limit, 50, 500);
            return Results.Ok(string.IsNullOrWhiteSpace(q)
                ? await store.TopEntitiesAsync(count, string.IsNullOrWhiteSpace(type) ? null : type.ToUpperInvariant(), ct)
                : await store.FindEntitiesAsync(q, count, ct));
        });
        app.MapGet("/api/entities/timeline", TimelineAsync);
        app.MapGet("/api/entities/quotes", QuotesAsync);
        app.MapGet("/api/network", async (ICorpusStore store, string? actor, int? limit, CancellationToken ct) =>
            Results.Ok(await store.NetworkAsync(string.IsNullOrWhiteSpace(actor) ? null : actor, QueryArgs.Limit(limit, 200, 5000), ct)));
    }

    private static async Task<IResult> TimelineAsync(ICorpusStore store, string? name, int? limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return QueryArgs.BadRequest("'name' is required.");
        }

        var max = QueryArgs.Limit(limit, 500, 5000);
        var matches = await store.FindEntitiesAsync(name, 10, cancellationToken);
        var timeline = await store.TimelineAsync(name, max, cancellationToken);
        var events = new List<StoredEvent>();
        await foreach (var e in store.EventsAsync(name, cancellationToken))
        {
            events.Add(e);
            if (events.Count >= max)
            {
                break;
            }
        }

        // Actors are stored by CAMEO code as well as by name; an entity coded as an actor may act under its code only.
        foreach (var actor in matches.Select(m => m.Actor).Where(a => !string.IsNullOrEmpty(a)).Distinct(StringComparer.Ordinal).Take(3))
        {
            if (events.Count >= max)
            {
                break;
            }

            await foreach (var e in store.EventsAsync(actor, cancellationToken))
            {
                if (!events.Exists(x => x.DocumentId == e.DocumentId && x.Ordinal == e.Ordinal))
                {
                    events.Add(e);
                }

                if (events.Count >= max)
                {
                    break;
                }
            }
        }

        return Results.Ok(new { name, matches, timeline, events });
    }

    private static async Task<IResult> QuotesAsync(ICorpusStore store, string? name, int? limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return QueryArgs.BadRequest("'name' is required.");
        }

        var timeline = await store.TimelineAsync(name, 500, cancellationToken);
        return Results.Ok(await EntityQuotes.FindAsync(store, name, timeline, QueryArgs.Limit(limit, 100, 1000), cancellationToken));
    }
}
