using Chronicle.Storage;
using Chronicle.Web.Queries;

namespace Chronicle.Web.Api;

/// <summary>Story clusters: the list, and one story with its reports side by side, its merged events and reconciled counts.</summary>
public static class ClusterEndpoints
{
    /// <summary>Clusters scanned to find one by id; the store lists clusters but has no lookup by id.</summary>
    private const int ClusterScan = 10_000;

    /// <summary>Reports shown side by side; past a dozen columns nobody compares anything.</summary>
    private const int ReportsShown = 12;

    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/clusters", async (ICorpusStore store, int? limit, CancellationToken ct) =>
            Results.Ok(await store.ClustersAsync(QueryArgs.Limit(limit, 100, 1000), ct)));
        app.MapGet("/api/clusters/{id:long}", ClusterAsync);
    }

    private static async Task<IResult> ClusterAsync(long id, ICorpusStore store, CancellationToken cancellationToken)
    {
        var clusters = await store.ClustersAsync(ClusterScan, cancellationToken);
        var cluster = clusters.FirstOrDefault(c => c.Id == id);
        if (cluster is null)
        {
            return QueryArgs.NotFound($"No story cluster {id} in this corpus.");
        }

        var reports = await ClusterReports.BuildAsync(store, cluster.Members, ReportsShown, cancellationToken);
        var events = await store.EventRecordsAsync(id, 200, cancellationToken);
        var counts = await store.CountRecordsAsync(id, 200, cancellationToken);
        return Results.Ok(new { cluster, reports, events, counts });
    }
}
