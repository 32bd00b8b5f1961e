using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Json;
using Chronicle.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Writes go through one connection, one transaction per
/// batch; reads open their own pooled connections, so queries run while an ingest writes.
/// </summary>
public sealed partial class SqliteCorpusStore : RelationalCorpusStore, ICorpusStore
{
    /// <summary>Entity ids are cached per (type, key); the cache is dropped when it grows past this so memory stays flat.</summary>
    private const int EntityCacheLimit = 200_000;

    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Dictionary<(string Type, string Key), long> _entityIds = [];

    private SqliteCorpusStore(string location, string path)
    {
        Location = location;
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        _writer = new SqliteConnection(_connectionString);
    }

    public string Location { get; }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public int SchemaVersion => SqliteMigrations.Latest;

    /// <summary>Opens or creates the database at <paramref name="path"/> and migrates it to the current schema.</summary>
    public static SqliteCorpusStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var store = new SqliteCorpusStore(path, full);
        try
        {
            store._writer.Open();
            Execute(store._writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000; PRAGMA cache_size=-16000;");
            store.Migrate();
            return store;
        }
        catch
        {
            store._writer.Dispose();
            throw;
        }
    }

    /// <summary>The schema version recorded in the database file.</summary>
    public int StoredSchemaVersion()
    {
        using var command = _writer.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            // Fold the WAL back into the main file so the store is one file at rest.
            Execute(_writer, "PRAGMA wal_checkpoint(TRUNCATE);");
            await _writer.DisposeAsync();
        }
        finally
        {
            _writeLock.Release();
            _writeLock.Dispose();
        }
    }

    public async Task<IReadOnlySet<string>> FindDoneSourcesAsync(IReadOnlyCollection<string> sourceKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceKeys);
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (sourceKeys.Count == 0)
        {
            return done;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sources WHERE key = $key";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var sourceKey in sourceKeys)
        {
            key.Value = sourceKey;
            if (await command.ExecuteScalarAsync(cancellationToken) is not null)
            {
                done.Add(sourceKey);
            }
        }

        return done;
    }

    public async Task<WriteResult> WriteBatchAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<IngestError> errors, long? runId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(errors);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _writer.BeginTransaction();
            using var writer = new SqliteBatchWriter(_writer, transaction, _entityIds, runId);
            var added = 0;
            var unchanged = 0;
            var failed = 0;
            foreach (var record in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (writer.WriteDocument(record))
                {
                    added++;
                }
                else
                {
                    unchanged++;
                }
            }

            foreach (var error in errors)
            {
                if (writer.WriteError(error))
                {
                    failed++;
                }
            }

            transaction.Commit();
            if (_entityIds.Count > EntityCacheLimit)
            {
                _entityIds.Clear();
            }

            return new WriteResult(added, unchanged, failed);
        }
        catch
        {
            // The transaction rolled back, so cached ids of entities created in it may not exist.
            _entityIds.Clear();
            throw;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<long> BeginRunAsync(string sources, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var command = _writer.CreateCommand();
            command.CommandText = "INSERT INTO runs(sources, started) VALUES ($sources, $started) RETURNING id";
            command.Parameters.AddWithValue("$sources", sources ?? string.Empty);
            command.Parameters.AddWithValue("$started", Now());
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task UpdateRunAsync(long runId, long seen, long added, long unchanged, long failed, bool finished, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var command = _writer.CreateCommand();
            command.CommandText = "UPDATE runs SET seen=$seen, added=$added, unchanged=$unchanged, failed=$failed, finished=$finished WHERE id=$id";
            command.Parameters.AddWithValue("$id", runId);
            command.Parameters.AddWithValue("$seen", seen);
            command.Parameters.AddWithValue("$added", added);
            command.Parameters.AddWithValue("$unchanged", unchanged);
            command.Parameters.AddWithValue("$failed", failed);
            command.Parameters.AddWithValue("$finished", finished ? Now() : DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        Execute(connection, "PRAGMA busy_timeout=60000;");
        return connection;
    }

    private void Migrate()
    {
        Execute(_writer, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL);");
        var current = StoredSchemaVersion();
        if (current > SqliteMigrations.Latest)
        {
            throw new InvalidOperationException(
                $"The store {Location} has schema version {current}, newer than this Chronicle understands ({SqliteMigrations.Latest}).");
        }

        for (var version = current + 1; version <= SqliteMigrations.Latest; version++)
        {
            using var transaction = _writer.BeginTransaction();
            Execute(_writer, SqliteMigrations.Steps[version - 1], transaction);
            using var record = _writer.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version(version, applied) VALUES ($version, $applied)";
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$applied", Now());
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    internal static string TypeName(EntityType type) => DocumentJsonWriter.TypeName(type);
}
