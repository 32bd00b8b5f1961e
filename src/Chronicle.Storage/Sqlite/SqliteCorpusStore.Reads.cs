using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Streaming reads: runs, errors, documents, features, events and counts.</summary>
public sealed partial class SqliteCorpusStore
{
    public async Task<IReadOnlyList<IngestRun>> RunsAsync(int limit = 20, CancellationToken cancellationToken = default)
    {
        var runs = new List<IngestRun>();
        await foreach (var r in QueryAsync(
            "SELECT id, sources, started, finished, seen, added, unchanged, failed FROM runs ORDER BY id DESC LIMIT $limit",
            p => p.AddWithValue("$limit", limit),
            cancellationToken))
        {
            runs.Add(new IngestRun(
                r.GetInt64(0),
                r.GetString(1),
                ParseTime(r.GetString(2)),
                r.IsDBNull(3) ? null : ParseTime(r.GetString(3)),
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
        await foreach (var r in QueryAsync(
            "SELECT id, run_id, source, stage, message, at FROM errors ORDER BY id LIMIT $limit",
            p => p.AddWithValue("$limit", limit),
            cancellationToken))
        {
            errors.Add(new IngestErrorRecord(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), ParseTime(r.GetString(5))));
        }

        return errors;
    }

    public async IAsyncEnumerable<StoredCount> CountsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var r in QueryAsync(
            """
            SELECT c.document_id, c.ordinal, c.type, c.number, c.approximate, c.object, c.span_start, c.span_end, c.location, c.date, c.attribution, d.site
            FROM counts c JOIN documents d ON d.id = c.document_id ORDER BY c.document_id, c.ordinal
            """,
            null,
            cancellationToken))
        {
            yield return new StoredCount(
                r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4) != 0, NullableString(r, 5), r.GetInt32(6), r.GetInt32(7),
                NullableString(r, 8), NullableString(r, 9), NullableString(r, 10), NullableString(r, 11));
        }
    }

    private static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>The provider-typed form used by this store's own queries.</summary>
    private IAsyncEnumerable<DbDataReader> QueryAsync(string sql, Action<SqliteParameterCollection>? bind, CancellationToken cancellationToken) =>
        QueryRowsAsync(sql, bind is null ? null : command => bind(((SqliteCommand)command).Parameters), cancellationToken);

    /// <summary>Runs a query on its own connection and yields the reader once per row.</summary>
    protected override async IAsyncEnumerable<DbDataReader> QueryRowsAsync(
        string sql,
        Action<DbCommand>? bind,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind?.Invoke(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader;
        }
    }
}
