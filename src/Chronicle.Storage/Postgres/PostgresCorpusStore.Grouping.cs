using System.Globalization;
using Chronicle.Storage.Relational;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// How PostgreSQL writes a grouping: one connection and transaction under an advisory lock (two consolidations never
/// interleave), document columns set from arrays with <c>unnest</c>, rows bulk-copied in binary.
/// </summary>
public sealed partial class PostgresCorpusStore
{
    /// <summary>Key of the advisory lock that keeps two consolidations from interleaving.</summary>
    private const long GroupingLock = 0x4348_524F_4E47_5250; // "CHRONGRP"

    private protected override async Task<GroupingWriter> BeginGroupingAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var writer = new PostgresGroupingWriter(connection, transaction);
            await writer.ExecuteAsync($"SELECT pg_advisory_xact_lock({GroupingLock.ToString(CultureInfo.InvariantCulture)})", cancellationToken);
            return writer;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class PostgresGroupingWriter(NpgsqlConnection connection, NpgsqlTransaction transaction) : GroupingWriter
    {
        public override async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override async Task UpdateDocumentsAsync(IReadOnlyList<GroupingColumn> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
        {
            if (rows.Count == 0)
            {
                return;
            }

            var set = string.Join(", ", columns.Select((c, i) => $"{c.Name} = u.c{i + 1}"));
            var arrays = string.Join(", ", columns.Select((c, i) => $"@c{i + 1}::{PostgresBatchWriter.SqlType(c.Kind)}[]"));
            var names = string.Join(", ", columns.Select((_, i) => $"c{i + 1}"));
            await using var command = new NpgsqlCommand(
                $"UPDATE documents d SET {set} FROM unnest(@c0::bigint[], {arrays}) AS u(c0, {names}) WHERE d.id = u.c0", connection, transaction);
            command.Parameters.AddWithValue("c0", rows.Select(r => (long)r[0]!).ToArray());
            for (var i = 0; i < columns.Count; i++)
            {
                var column = i + 1;
                command.Parameters.Add(PostgresBatchWriter.ArrayParameter("c" + column.ToString(CultureInfo.InvariantCulture), columns[i].Kind, rows.Select(r => r[column])));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override async Task InsertAsync(string table, IReadOnlyList<GroupingColumn> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (row[i] is null)
                    {
                        await copy.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await copy.WriteAsync(row[i]!, PostgresBatchWriter.DbType(columns[i].Kind), cancellationToken);
                    }
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        public override Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public override async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
