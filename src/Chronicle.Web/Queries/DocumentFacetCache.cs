using System.Collections.Concurrent;
using Chronicle.Storage;

namespace Chronicle.Web.Queries;

/// <summary>
/// Facets per stored document, kept after the first read: a stored document never changes, and parsing its JSON
/// for every search would dominate the cost of a query. Bounded: when full it starts again.
/// </summary>
public sealed class DocumentFacetCache(int capacity = 20_000)
{
    private readonly ConcurrentDictionary<long, DocumentFacets> _facets = new();

    public async ValueTask<DocumentFacets> GetAsync(ICorpusStore store, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (_facets.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var json = await store.GetDocumentJsonAsync(id, cancellationToken);
        var facets = json is null ? DocumentFacets.Empty : DocumentFacets.FromJson(json);
        if (_facets.Count >= capacity)
        {
            _facets.Clear();
        }

        _facets[id] = facets;
        return facets;
    }
}
