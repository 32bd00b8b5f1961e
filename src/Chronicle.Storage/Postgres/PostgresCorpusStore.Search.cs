namespace Chronicle.Storage.Postgres;

/// <summary>Full-text search in PostgreSQL's terms: <c>tsquery</c> over the stored <c>tsvector</c> columns.</summary>
public sealed partial class PostgresCorpusStore
{
    // A quote hit is preferred: it is the evidence.
    protected override string RankedHitsSql =>
        """
        WITH q AS (SELECT to_tsquery('simple', @q) AS q),
        hits AS (
            SELECT d.id, ts_rank(d.search, q.q)::float8 AS score, NULL::bigint AS quote_id FROM documents d, q WHERE d.search @@ q.q
            UNION ALL
            SELECT qu.document_id, ts_rank(qu.search, q.q)::float8 + 0.1, qu.id FROM quotes qu, q WHERE qu.search @@ q.q
        ), best AS (SELECT DISTINCT ON (id) id, score, quote_id FROM hits ORDER BY id, score DESC, quote_id)
        """;

    protected override string? FullTextQuery(string? text) => PostgresTextQuery.From(text);

    protected override IReadOnlyList<string> QueryWords(string? text) => PostgresTextQuery.Words(text);
}
