namespace Chronicle.Storage.Sqlite;

/// <summary>Full-text search in SQLite's terms: FTS5 <c>MATCH</c> ranked by BM25 (lower is better, so negated).</summary>
public sealed partial class SqliteCorpusStore
{
    // Best match per document: its title/text rank, or a quote's (quotes weigh a little more, they are short).
    // SQLite returns the bare quote_id of the row that gave MIN(score).
    protected override string RankedHitsSql =>
        """
        WITH hits AS (
            SELECT rowid AS id, bm25(documents_fts, 4.0, 1.0) AS score, NULL AS quote_id FROM documents_fts WHERE documents_fts MATCH @q
            UNION ALL
            SELECT q.document_id, bm25(quotes_fts, 1.0, 0.5) - 1.0, q.id FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH @q
        ), best AS (SELECT id, -MIN(score) AS score, quote_id FROM hits GROUP BY id)
        """;

    protected override string? FullTextQuery(string? text) => SqliteFtsQuery.From(text);

    protected override IReadOnlyList<string> QueryWords(string? text) => SqliteFtsQuery.Words(text);
}
