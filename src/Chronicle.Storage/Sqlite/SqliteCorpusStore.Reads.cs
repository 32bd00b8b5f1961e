using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Chronicle.Storage.Sqlite;

/// <summary>How SQLite runs the shared reads: each query on its own pooled reader connection.</summary>
public sealed partial class SqliteCorpusStore
{
    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

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
