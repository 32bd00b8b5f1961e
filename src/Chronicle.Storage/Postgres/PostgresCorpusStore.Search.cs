using System.Globalization;
using System.Text;

namespace Chronicle.Storage.Postgres;

/// <summary>Full-text search, the one query whose SQL is particular to this engine.</summary>
public sealed partial class PostgresCorpusStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = PostgresTextQuery.From(query.Text);
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
            // Best match per document: its title/text rank, or a quote's (a quote hit is preferred: it is the evidence).
            sql.Append(
                """
                WITH q AS (SELECT to_tsquery('simple', @q) AS q),
                hits AS (
                    SELECT d.id, ts_rank(d.search, q.q)::float8 AS score, NULL::bigint AS quote_id FROM documents d, q WHERE d.search @@ q.q
                    UNION ALL
                    SELECT qu.document_id, ts_rank(qu.search, q.q)::float8 + 0.1, qu.id FROM quotes qu, q WHERE qu.search @@ q.q
                ), best AS (SELECT DISTINCT ON (id) id, score, quote_id FROM hits ORDER BY id, score DESC, quote_id)
                """);
            sql.Append(CultureInfo.InvariantCulture, $" SELECT {SummaryColumns}, best.score, d.text, qq.id, qq.text, qq.speaker_name, qq.span_start, qq.span_end");
            sql.Append(" FROM best JOIN documents d ON d.id = best.id LEFT JOIN quotes qq ON qq.id = best.quote_id");
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {SummaryColumns}, 0.0::float8, d.text, NULL::bigint, NULL::text, NULL::text, NULL::integer, NULL::integer FROM documents d");
        }

        if (where.Count > 0)
        {
            sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        }

        sql.Append(text is not null ? " ORDER BY best.score DESC, d.id" : " ORDER BY d.published_day IS NULL, d.published_day DESC, d.id");
        sql.Append(" LIMIT @limit OFFSET @offset");

        var words = PostgresTextQuery.Words(query.Text);
        var hits = new List<SearchHit>();
        await foreach (var r in QueryAsync(
            sql.ToString(),
            p =>
            {
                if (text is not null)
                {
                    p.AddWithValue("q", text);
                }

                if (entityKey is not null)
                {
                    p.AddWithValue("k", entityKey);
                }

                if (query.From is { } from)
                {
                    p.AddWithValue("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                if (query.To is { } to)
                {
                    p.AddWithValue("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                p.AddWithValue("limit", Math.Max(1, query.Limit));
                p.AddWithValue("offset", Math.Max(0, query.Offset));
            },
            cancellationToken))
        {
            var summary = ReadSummary(r, 0);
            var quote = r.IsDBNull(12) ? null : new QuoteHit(r.GetInt64(12), r.GetString(13), NullableString(r, 14), r.GetInt32(15), r.GetInt32(16));
            hits.Add(new SearchHit(summary, r.GetDouble(10), Snippets.Around(r.GetString(11), quote?.Start, words), quote));
        }

        return hits;
    }
}
