using Chronicle.Storage;

namespace Chronicle.Web.Queries;

/// <summary>
/// Search with facets on top of <see cref="ICorpusStore.SearchAsync"/>: the store ranks up to a window of matches
/// for the words, entity and dates; site, language and theme filters and the facet counts are applied to that window.
/// </summary>
public static class FacetedSearch
{
    private const int FacetValues = 12;

    public static async Task<SearchResult> RunAsync(ICorpusStore store, DocumentFacetCache cache, SearchRequest request, int window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(request);
        var candidates = await store.SearchAsync(new SearchQuery(request.Text, request.Entity, request.From, request.To, window, 0), cancellationToken);
        var matches = new List<(SearchHit Hit, DocumentFacets Facets)>(candidates.Count);
        foreach (var hit in candidates)
        {
            var summary = hit.Document;
            if (!Matches(request.Site, summary.Site) || !Matches(request.Language, summary.Language))
            {
                continue;
            }

            var facets = await cache.GetAsync(store, summary.Id, cancellationToken);
            if (!string.IsNullOrEmpty(request.Theme) && !facets.Themes.Contains(request.Theme, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            matches.Add((hit, facets));
        }

        var entities = new Dictionary<(string, string), int>();
        var themes = new Dictionary<string, int>(StringComparer.Ordinal);
        var sites = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var languages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var reports = new HashSet<long>();
        foreach (var (hit, facets) in matches)
        {
            Increment(sites, hit.Document.Site);
            Increment(languages, hit.Document.Language);

            // Reposts count once: entities, themes and months are counted per repost group, not per copy.
            if (!reports.Add(hit.Document.DuplicateGroup ?? -hit.Document.Id))
            {
                continue;
            }

            // Count documents, not mentions: an entity named twice in one article is one document.
            seen.Clear();
            foreach (var entity in facets.Entities)
            {
                if (seen.Add(entity))
                {
                    Increment(entities, entity);
                }
            }

            foreach (var theme in facets.Themes.Distinct(StringComparer.Ordinal))
            {
                Increment(themes, theme);
            }

            Increment(months, PublishedDay.Of(hit.Document.Published)?[..7]);
        }

        var page = matches.Skip(Math.Max(0, request.Offset)).Take(Math.Max(0, request.Limit)).Select(m => m.Hit).ToList();
        var result = new SearchFacets(
            Top(entities.Select(e => new FacetCount(e.Key.Item1, e.Key.Item2, e.Value))),
            Top(themes.Select(t => new FacetCount(t.Key, null, t.Value))),
            Top(sites.Select(s => new FacetCount(s.Key, null, s.Value))),
            Top(languages.Select(l => new FacetCount(l.Key, null, l.Value))),
            months.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new FacetCount(m.Key, null, m.Value)).ToList());
        return new SearchResult(matches.Count, candidates.Count >= window, page, result);
    }

    private static bool Matches(string? wanted, string? actual) =>
        string.IsNullOrEmpty(wanted) || string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey? key)
        where TKey : notnull
    {
        if (key is null || (key is string text && text.Length == 0))
        {
            return;
        }

        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private static List<FacetCount> Top(IEnumerable<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).Take(FacetValues).ToList();
}
