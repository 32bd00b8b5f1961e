using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Chronicle.Storage.Relational;

/// <summary>
/// Full-text search over document text and quotes. The filters, paging and reading of hits are shared; each engine
/// supplies its text-query syntax and the ranked hits (<see cref="RankedHitsSql"/>).
/// </summary>
public abstract partial class RelationalCorpusStore
{
    /// <summary>
    /// Common table expressions ending in <c>best(id, score, quote_id)</c>: one row per matching document, the higher
    /// score the better, with the matching quote when a quote ranked best. The engine's text query is <c>@q</c>.
    /// </summary>
    protected abstract string RankedHitsSql { get; }

    /// <summary>The engine's text query for what the user typed, or null when it holds no searchable word.</summary>
    protected abstract string? FullTextQuery(string? text);

    /// <summary>The words of what the user typed, lower-cased, for the snippet around the match.</summary>
    protected abstract IReadOnlyList<string> QueryWords(string? text);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = FullTextQuery(query.Text);
        var entityKey = string.IsNullOrWhiteSpace(query.Entity) ? null : EntityKey.Normalise(query.Entity);
        var where = new List<string>();
        if (entityKey is not null)
        {
            where.Add($"d.id IN (SELECT de.document_id FROM document_entities de WHERE de.entity_id IN ({MatchingEntities}))");
        }

        if (query.From is not null)
        {
            where.Add("d.published_day >= @from");
        }

        if (query.To is not null)
        {
            where.Add("d.published_day <= @to");
        }

        var sql = new StringBuilder();
        if (text is not null)
        {
            sql.Append(RankedHitsSql);
            sql.Append(CultureInfo.InvariantCulture, $" SELECT {SummaryColumns}, best.score, d.text, qq.id, qq.text, qq.speaker_name, qq.span_start, qq.span_end");
            sql.Append(" FROM best JOIN documents d ON d.id = best.id LEFT JOIN quotes qq ON qq.id = best.quote_id");
        }
        else
        {
            sql.Append(
                CultureInfo.InvariantCulture,
                $"""
                SELECT {SummaryColumns}, CAST(0.0 AS DOUBLE PRECISION), d.text, CAST(NULL AS BIGINT), CAST(NULL AS TEXT), CAST(NULL AS TEXT),
                       CAST(NULL AS INTEGER), CAST(NULL AS INTEGER)
                FROM documents d
                """);
        }

        if (where.Count > 0)
        {
            sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        }

        sql.Append(text is not null ? " ORDER BY best.score DESC, d.id" : " ORDER BY d.published_day IS NULL, d.published_day DESC, d.id");
        sql.Append(" LIMIT @limit OFFSET @offset");

        var words = QueryWords(query.Text);
        var hits = new List<SearchHit>();
        await foreach (var r in QueryRowsAsync(sql.ToString(), c => BindSearch(c, query, text, entityKey), cancellationToken))
        {
            var summary = ReadSummary(r, 0);
            var quote = r.IsDBNull(12) ? null : new QuoteHit(r.GetInt64(12), r.GetString(13), NullableString(r, 14), r.GetInt32(15), r.GetInt32(16));
            hits.Add(new SearchHit(summary, r.GetDouble(10), Snippets.Around(r.GetString(11), quote?.Start, words), quote));
        }

        return hits;
    }

    private static void BindSearch(DbCommand command, SearchQuery query, string? text, string? entityKey)
    {
        if (text is not null)
        {
            Bind(command, "@q", text);
        }

        if (entityKey is not null)
        {
            Bind(command, "@k", entityKey);
        }

        if (query.From is { } from)
        {
            Bind(command, "@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            Bind(command, "@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Bind(command, "@limit", Math.Max(1, query.Limit));
        Bind(command, "@offset", Math.Max(0, query.Offset));
    }
}
