using System.Globalization;
using System.Text;

namespace Chronicle.Storage.Sqlite;

/// <summary>Full-text search, the one query whose SQL is particular to this engine.</summary>
public sealed partial class SqliteCorpusStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fts = SqliteFtsQuery.From(query.Text);
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
        if (fts is not null)
        {
            // Best match per document: its title/text rank, or a quote's (quotes weigh a little more, they are short).
            sql.Append(
                """
                WITH hits AS (
                    SELECT rowid AS id, bm25(documents_fts, 4.0, 1.0) AS score, NULL AS quote_id FROM documents_fts WHERE documents_fts MATCH @q
                    UNION ALL
                    SELECT q.document_id, bm25(quotes_fts, 1.0, 0.5) - 1.0, q.id FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH @q
                ), best AS (SELECT id, MIN(score) AS score, quote_id FROM hits GROUP BY id)
                """);
            sql.Append(CultureInfo.InvariantCulture, $" SELECT {SummaryColumns}, best.score, d.text, q.id, q.text, q.speaker_name, q.span_start, q.span_end");
            sql.Append(" FROM best JOIN documents d ON d.id = best.id LEFT JOIN quotes q ON q.id = best.quote_id");
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {SummaryColumns}, 0.0, d.text, NULL, NULL, NULL, NULL, NULL FROM documents d");
        }

        if (where.Count > 0)
        {
            sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        }

        sql.Append(fts is not null ? " ORDER BY best.score, d.id" : " ORDER BY d.published_day IS NULL, d.published_day DESC, d.id");
        sql.Append(" LIMIT @limit OFFSET @offset");

        var words = SqliteFtsQuery.Words(query.Text);
        var hits = new List<SearchHit>();
        await foreach (var r in QueryAsync(
            sql.ToString(),
            p =>
            {
                if (fts is not null)
                {
                    p.AddWithValue("@q", fts);
                }

                if (entityKey is not null)
                {
                    p.AddWithValue("@k", entityKey);
                }

                if (query.From is { } from)
                {
                    p.AddWithValue("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                if (query.To is { } to)
                {
                    p.AddWithValue("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                p.AddWithValue("@limit", Math.Max(1, query.Limit));
                p.AddWithValue("@offset", Math.Max(0, query.Offset));
            },
            cancellationToken))
        {
            var summary = ReadSummary(r, 0);
            var quote = r.IsDBNull(12) ? null : new QuoteHit(r.GetInt64(12), r.GetString(13), NullableString(r, 14), r.GetInt32(15), r.GetInt32(16));
            var text = r.GetString(11);
            hits.Add(new SearchHit(summary, -r.GetDouble(10), Snippets.Around(text, quote?.Start, words), quote));
        }

        return hits;
    }
}
