using Chronicle.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>How SQLite writes a grouping: prepared statements on the writer connection, under the write lock.</summary>
public sealed partial class SqliteCorpusStore
{
    private protected override async Task<GroupingWriter> BeginGroupingAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return new SqliteGroupingWriter(this, _writer.BeginTransaction());
        }
        catch
        {
            _writeLock.Release();
            throw;
        }
    }

    private sealed class SqliteGroupingWriter(SqliteCorpusStore store, SqliteTransaction transaction) : GroupingWriter
    {
        public override Task ExecuteAsync(string sql, CancellationToken cancellationToken)
        {
            Execute(store._writer, sql, transaction);
            return Task.CompletedTask;
        }

        public override Task UpdateDocumentsAsync(IReadOnlyList<GroupingColumn> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
        {
            var set = string.Join(", ", columns.Select((c, i) => $"{c.Name} = $p{i + 1}"));
            Run($"UPDATE documents SET {set} WHERE id = $p0", columns.Count + 1, rows, cancellationToken);
            return Task.CompletedTask;
        }

        public override Task InsertAsync(string table, IReadOnlyList<GroupingColumn> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
        {
            var names = string.Join(", ", columns.Select(c => c.Name));
            var values = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
            Run($"INSERT INTO {table}({names}) VALUES ({values})", columns.Count, rows, cancellationToken);
            return Task.CompletedTask;
        }

        public override Task CommitAsync(CancellationToken cancellationToken)
        {
            transaction.Commit();
            return Task.CompletedTask;
        }

        public override ValueTask DisposeAsync()
        {
            transaction.Dispose();
            store._writeLock.Release();
            return ValueTask.CompletedTask;
        }

        private void Run(string sql, int parameters, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
        {
            using var command = store._writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            var bound = new SqliteParameter[parameters];
            for (var i = 0; i < parameters; i++)
            {
                // The type is taken from each value as it is bound (integers, reals, text; booleans as 0/1).
                bound[i] = command.CreateParameter();
                bound[i].ParameterName = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(bound[i]);
            }

            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < parameters; i++)
                {
                    bound[i].Value = row[i] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }
        }
    }
}
