using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Chronicle.Storage.Relational;

/// <summary>Streaming reads of ingest runs, error records and counts, in SQL both engines share.</summary>
public abstract partial class RelationalCorpusStore
{
    /// <summary>A stored time as the engine keeps it (SQLite: ISO 8601 text; PostgreSQL: <c>timestamptz</c>).</summary>
    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public async Task<IReadOnlyList<IngestRun>> RunsAsync(int limit = 20, CancellationToken cancellationToken = default)
    {
        var runs = new List<IngestRun>();
        await foreach (var r in QueryRowsAsync(
            "SELECT id, sources, started, finished, seen, added, unchanged, failed FROM runs ORDER BY id DESC LIMIT @limit",
            c => Bind(c, "@limit", limit),
            cancellationToken))
        {
            runs.Add(new IngestRun(
                r.GetInt64(0),
                r.GetString(1),
                ReadTime(r, 2),
                r.IsDBNull(3) ? null : ReadTime(r, 3),
                r.GetInt64(4),
                r.GetInt64(5),
                r.GetInt64(6),
                r.GetInt64(7)));
        }

        return runs;
    }

    public async Task<IReadOnlyList<IngestErrorRecord>> ErrorsAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var errors = new List<IngestErrorRecord>();
        await foreach (var r in QueryRowsAsync(
            "SELECT id, run_id, source, stage, message, at FROM errors ORDER BY id LIMIT @limit",
            c => Bind(c, "@limit", limit),
            cancellationToken))
        {
            errors.Add(new IngestErrorRecord(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), ReadTime(r, 5)));
        }

        return errors;
    }

    public async IAsyncEnumerable<StoredCount> CountsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var r in QueryRowsAsync(
            """
            SELECT c.document_id, c.ordinal, c.type, c.number, c.approximate, c.object, c.span_start, c.span_end, c.location, c.date, c.attribution, d.site
            FROM counts c JOIN documents d ON d.id = c.document_id ORDER BY c.document_id, c.ordinal
            """,
            null,
            cancellationToken))
        {
            yield return new StoredCount(
                r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3), r.GetBoolean(4), NullableString(r, 5), r.GetInt32(6), r.GetInt32(7),
                NullableString(r, 8), NullableString(r, 9), NullableString(r, 10), NullableString(r, 11));
        }
    }
}
