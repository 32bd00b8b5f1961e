using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Chronicle.Storage.Relational;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The scale-out store: one PostgreSQL database shared by any number of writers. Each batch is one transaction; the
/// content-hash and source-key unique indexes make writes idempotent even when two workers race on the same input,
/// and rows are locked in a fixed order so concurrent batches do not deadlock (a deadlock still retries the batch).
/// </summary>
public sealed partial class PostgresCorpusStore : RelationalCorpusStore, ICorpusStore
{
    /// <summary>Entity ids are cached per (type, key); the cache is dropped when it grows past this so memory stays flat.</summary>
    private const int EntityCacheLimit = 200_000;

    /// <summary>Attempts for a batch that lost a deadlock or a serialisation race.</summary>
    private const int WriteAttempts = 5;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ConcurrentDictionary<(string Type, string Key), long> _entityIds = new();
    private readonly ConcurrentDictionary<(string Alias, long Entity), byte> _aliases = new();

    private PostgresCorpusStore(string location, NpgsqlDataSource dataSource)
    {
        Location = location;
        _dataSource = dataSource;
    }

    public string Location { get; }

    public int SchemaVersion => PostgresMigrations.Latest;

    /// <summary>The pairs the store factory registers: every PostgreSQL scheme opens this store.</summary>
    public static IEnumerable<KeyValuePair<string, Func<string, ICorpusStore>>> Openers =>
        PostgresLocation.Schemes.Select(s => KeyValuePair.Create<string, Func<string, ICorpusStore>>(s, location => Open(location)));

    /// <summary>Connects to the database at <paramref name="location"/> and migrates it to the current schema.</summary>
    public static PostgresCorpusStore Open(string location)
    {
        var connectionString = PostgresLocation.ToConnectionString(location);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresCorpusStore(location, dataSource);
        try
        {
            store.Migrate();
            return store;
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    /// <summary>The schema version recorded in the database.</summary>
    public int StoredSchemaVersion()
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public async Task<IReadOnlySet<string>> FindDoneSourcesAsync(IReadOnlyCollection<string> sourceKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceKeys);
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (sourceKeys.Count == 0)
        {
            return done;
        }

        await foreach (var r in QueryAsync("SELECT key FROM sources WHERE key = ANY(@keys)", p => p.AddWithValue("keys", sourceKeys.ToArray()), cancellationToken))
        {
            done.Add(r.GetString(0));
        }

        return done;
    }

    public async Task<WriteResult> WriteBatchAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<IngestError> errors, long? runId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(errors);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                var writer = new PostgresBatchWriter(connection, _entityIds, _aliases, runId);
                var result = await writer.WriteAsync(documents, errors, cancellationToken);
                if (_entityIds.Count > EntityCacheLimit)
                {
                    _entityIds.Clear();
                    _aliases.Clear();
                }

                return result;
            }
            catch (PostgresException ex) when (attempt < WriteAttempts && IsRetryable(ex))
            {
                // Lost a deadlock or a unique race to another writer: nothing of this batch was committed, run it again.
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt * attempt), cancellationToken);
            }
        }
    }

    public async Task<long> BeginRunAsync(string sources, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("INSERT INTO runs(sources, started) VALUES (@sources, now()) RETURNING id");
        command.Parameters.AddWithValue("sources", sources ?? string.Empty);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task UpdateRunAsync(long runId, long seen, long added, long unchanged, long failed, bool finished, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "UPDATE runs SET seen=@seen, added=@added, unchanged=@unchanged, failed=@failed, finished=CASE WHEN @finished THEN now() END WHERE id=@id");
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.AddWithValue("seen", seen);
        command.Parameters.AddWithValue("added", added);
        command.Parameters.AddWithValue("unchanged", unchanged);
        command.Parameters.AddWithValue("failed", failed);
        command.Parameters.AddWithValue("finished", finished);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static bool IsRetryable(PostgresException ex) =>
        ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation;

    /// <summary>The provider-typed form used by this store's own queries.</summary>
    private IAsyncEnumerable<DbDataReader> QueryAsync(string sql, Action<NpgsqlParameterCollection>? bind, CancellationToken cancellationToken) =>
        QueryRowsAsync(sql, bind is null ? null : command => bind(((NpgsqlCommand)command).Parameters), cancellationToken);

    /// <summary>Runs a query on a pooled connection and yields the reader once per row (rows stream, memory stays flat).</summary>
    protected override async IAsyncEnumerable<DbDataReader> QueryRowsAsync(
        string sql,
        Action<DbCommand>? bind,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind?.Invoke(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader;
        }
    }

    private void Migrate()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresMigrations.MigrationLock.ToString(CultureInfo.InvariantCulture)})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied timestamptz NOT NULL)");
        int current;
        using (var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction))
        {
            current = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (current > PostgresMigrations.Latest)
        {
            throw new InvalidOperationException(
                $"The store {PostgresLocation.Redact(Location)} has schema version {current}, newer than this Chronicle understands ({PostgresMigrations.Latest}).");
        }

        for (var version = current + 1; version <= PostgresMigrations.Latest; version++)
        {
            Execute(connection, transaction, PostgresMigrations.Steps[version - 1]);
            using var record = new NpgsqlCommand("INSERT INTO schema_version(version, applied) VALUES (@version, now())", connection, transaction);
            record.Parameters.AddWithValue("version", version);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
