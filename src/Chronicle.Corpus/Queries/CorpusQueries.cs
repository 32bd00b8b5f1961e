using Chronicle.Storage;

namespace Chronicle.Corpus.Queries;

/// <summary>
/// The query API shared by the CLI and the web: thin over <see cref="ICorpusStore"/>, adding what is not SQL
/// (networks as graphs, date parsing).
/// </summary>
public sealed class CorpusQueries(ICorpusStore store)
{
    public ICorpusStore Store { get; } = store ?? throw new ArgumentNullException(nameof(store));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Store.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<EntitySummary>> TopEntitiesAsync(int count, string? type = null, CancellationToken cancellationToken = default) =>
        Store.TopEntitiesAsync(count, type, cancellationToken);

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string name, CancellationToken cancellationToken = default) =>
        Store.TimelineAsync(name, 1000, cancellationToken);

    public async Task<ActorNetwork> NetworkAsync(string? actor = null, int limit = 1000, CancellationToken cancellationToken = default) =>
        ActorNetwork.From(await Store.NetworkAsync(actor, limit, cancellationToken));

    public Task<IReadOnlyList<ClusterSummary>> ClustersAsync(int limit = 100, CancellationToken cancellationToken = default) =>
        Store.ClustersAsync(limit, cancellationToken);
}
