using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Writes the rows of one batch inside one transaction, reusing prepared commands across documents.</summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<(string Type, string Key), long> _entityIds;
    private readonly long? _runId;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _findHash;
    private readonly SqliteCommand _insertSource;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertDocumentFts;
    private readonly SqliteCommand _upsertEntity;
    private readonly SqliteCommand _insertAlias;
    private readonly Dictionary<LayerTable, SqliteCommand> _insertLayer = [];
    private readonly SqliteCommand _insertQuoteFts;
    private readonly SqliteCommand _insertError;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, Dictionary<(string Type, string Key), long> entityIds, long? runId)
    {
        _connection = connection;
        _transaction = transaction;
        _entityIds = entityIds;
        _runId = runId;
        _findHash = Command("SELECT id FROM documents WHERE content_hash = $p0", 1);
        _insertSource = Command("INSERT OR IGNORE INTO sources(key, document_id, status, run_id) VALUES ($p0, $p1, $p2, $p3)", 4);
        var columns = DocumentRows.DocumentColumns.Length;
        _insertDocument = Command(
            $"INSERT INTO documents({string.Join(", ", DocumentRows.DocumentColumns.Select(c => c.Name))}, run_id, ingested_at) VALUES ({Placeholders(columns + 2)}) RETURNING id",
            columns + 2);
        _insertDocumentFts = Command("INSERT INTO documents_fts(rowid, title, text) VALUES ($p0, $p1, $p2)", 3);
        _upsertEntity = Command(
            """
            INSERT INTO entities(type, key, name, actor, country, wikidata) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)
            ON CONFLICT(type, key) DO UPDATE SET
                actor = COALESCE(entities.actor, excluded.actor),
                country = COALESCE(entities.country, excluded.country),
                wikidata = COALESCE(entities.wikidata, excluded.wikidata)
            RETURNING id
            """,
            6);
        _insertAlias = Command("INSERT OR IGNORE INTO entity_aliases(alias_key, entity_id) VALUES ($p0, $p1)", 2);
        foreach (var table in DocumentRows.Layers)
        {
            // Quotes return their id for the full-text index; the other layers are plain inserts.
            var returning = table == DocumentRows.Quotes ? " RETURNING id" : string.Empty;
            var insert = table == DocumentRows.DocumentEntities || table == DocumentRows.Themes ? "INSERT OR IGNORE" : "INSERT";
            _insertLayer[table] = Command(
                $"{insert} INTO {table.Name}({table.ColumnList}) VALUES ({Placeholders(table.Columns.Length)}){returning}", table.Columns.Length);
        }

        _insertQuoteFts = Command("INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES ($p0, $p1, $p2)", 3);
        _insertError = Command("INSERT INTO errors(run_id, source, stage, message, at) VALUES ($p0, $p1, $p2, $p3, $p4)", 5);
    }

    /// <summary>Writes one document unless its content hash is stored; true when it was added.</summary>
    public bool WriteDocument(DocumentRecord record)
    {
        var document = record.Document;
        if (Scalar(_findHash, record.ContentHash) is long existing)
        {
            Run(_insertSource, record.SourceKey, existing, "unchanged", _runId);
            return false;
        }

        var values = new object?[DocumentRows.DocumentColumns.Length + 2];
        for (var i = 0; i < DocumentRows.DocumentColumns.Length; i++)
        {
            values[i] = DocumentRows.DocumentColumns[i].Value(record);
        }

        values[^2] = _runId;
        values[^1] = SqliteCorpusStore.Now();
        var id = (long)Scalar(_insertDocument, values)!;
        Run(_insertDocumentFts, id, document.Title ?? string.Empty, document.Text);
        Run(_insertSource, record.SourceKey, id, "added", _runId);

        var locals = DocumentRows.LocalEntities(document, EntityId);
        foreach (var table in DocumentRows.Layers)
        {
            var insert = _insertLayer[table];
            foreach (var row in DocumentRows.Rows(table, id, document, locals))
            {
                if (table != DocumentRows.Quotes)
                {
                    Run(insert, row);
                }
                else if (Scalar(insert, row) is long quoteId)
                {
                    Run(_insertQuoteFts, quoteId, row[4], row[6] ?? string.Empty);
                }
            }
        }

        return true;
    }

    /// <summary>Records an error once per source; true when it was new.</summary>
    public bool WriteError(IngestError error)
    {
        if (Run(_insertSource, error.Source, null, "failed", _runId) == 0)
        {
            return false;
        }

        Run(_insertError, _runId, error.Source, error.Stage, error.Message, SqliteCorpusStore.Now());
        return true;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }

    /// <summary>The entity's store id (inserted or enriched as needed), with its aliases recorded.</summary>
    private long? EntityId(Entity entity, (string Type, string Key) key)
    {
        if (!_entityIds.TryGetValue(key, out var id) || entity.Actor is not null || entity.Country is not null || entity.WikidataId is not null)
        {
            id = (long)Scalar(_upsertEntity, key.Type, key.Key, entity.Name, entity.Actor, entity.Country, entity.WikidataId)!;
            _entityIds[key] = id;
        }

        foreach (var alias in DocumentRows.AliasKeys(entity, key.Key))
        {
            Run(_insertAlias, alias, id);
        }

        return id;
    }

    private static string Placeholders(int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)));

    private SqliteCommand Command(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        _commands.Add(command);
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static int Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }
}
