using System.Globalization;
using Chronicle.Annotations;
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
    private readonly SqliteCommand _insertDocumentEntity;
    private readonly SqliteCommand _insertMention;
    private readonly SqliteCommand _insertQuote;
    private readonly SqliteCommand _insertQuoteFts;
    private readonly SqliteCommand _insertCount;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _insertTheme;
    private readonly SqliteCommand _insertError;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, Dictionary<(string Type, string Key), long> entityIds, long? runId)
    {
        _connection = connection;
        _transaction = transaction;
        _entityIds = entityIds;
        _runId = runId;
        _findHash = Command("SELECT id FROM documents WHERE content_hash = $p0", 1);
        _insertSource = Command("INSERT OR IGNORE INTO sources(key, document_id, status, run_id) VALUES ($p0, $p1, $p2, $p3)", 4);
        _insertDocument = Command(
            """
            INSERT INTO documents(content_hash, source_key, path, url, site, title, byline, published, published_day, language, genre,
                text, json, tone, positive, negative, polarity, activity, self_reference, word_count, simhash, length, run_id, ingested_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20, $p21, $p22, $p23)
            RETURNING id
            """,
            24);
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
        _insertDocumentEntity = Command(
            "INSERT OR IGNORE INTO document_entities(document_id, local_id, entity_id, mentions, first_start, role) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)", 6);
        _insertMention = Command("INSERT INTO mentions(document_id, entity_id, span_start, span_end) VALUES ($p0, $p1, $p2, $p3)", 4);
        _insertQuote = Command(
            """
            INSERT INTO quotes(document_id, ordinal, span_start, span_end, text, speaker_entity_id, speaker_name, cue, direct)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8) RETURNING id
            """,
            9);
        _insertQuoteFts = Command("INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES ($p0, $p1, $p2)", 3);
        _insertCount = Command(
            """
            INSERT INTO counts(document_id, ordinal, type, number, approximate, object, span_start, span_end, location, date, attribution)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
            """,
            11);
        _insertEvent = Command(
            """
            INSERT INTO events(document_id, ordinal, code, root_code, plover, source_name, source_code, source_entity_id,
                target_name, target_code, target_entity_id, goldstein, quad_class, span_start, span_end,
                location_name, country_code, lat, lon, geo_type, date)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20)
            """,
            21);
        _insertTheme = Command("INSERT OR IGNORE INTO themes(document_id, code, mentions) VALUES ($p0, $p1, $p2)", 3);
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

        var tone = document.Tone;
        var id = (long)Scalar(
            _insertDocument,
            record.ContentHash,
            record.SourceKey,
            document.Source.Path,
            document.Source.Url,
            document.Site,
            document.Title,
            document.Byline.IsDefaultOrEmpty ? null : string.Join("; ", document.Byline),
            document.Published,
            PublishedDay.Of(document.Published),
            document.Language,
            document.Genre,
            document.Text,
            record.Json,
            tone.Value,
            tone.Positive,
            tone.Negative,
            tone.Polarity,
            tone.Activity,
            tone.SelfReference,
            tone.WordCount,
            unchecked((long)record.SimHash),
            document.Text.Length,
            _runId,
            SqliteCorpusStore.Now())!;
        Run(_insertDocumentFts, id, document.Title ?? string.Empty, document.Text);
        Run(_insertSource, record.SourceKey, id, "added", _runId);

        var localIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            var key = EntityKey.Normalise(entity.Name);
            if (key.Length == 0)
            {
                continue;
            }

            var entityId = EntityId(entity, key);
            localIds[entity.Id] = entityId;
            var first = entity.Mentions.IsDefaultOrEmpty ? 0 : entity.Mentions[0].Start;
            Run(_insertDocumentEntity, id, entity.Id, entityId, entity.Mentions.IsDefaultOrEmpty ? 0 : entity.Mentions.Length, first, entity.Role);
            if (!entity.Mentions.IsDefaultOrEmpty)
            {
                foreach (var mention in entity.Mentions)
                {
                    Run(_insertMention, id, entityId, mention.Start, mention.End);
                }
            }

            if (!entity.Aliases.IsDefaultOrEmpty)
            {
                foreach (var alias in entity.Aliases)
                {
                    var aliasKey = EntityKey.Normalise(alias);
                    if (aliasKey.Length > 0 && aliasKey != key)
                    {
                        Run(_insertAlias, aliasKey, entityId);
                    }
                }
            }
        }

        for (var i = 0; i < document.Quotes.Length; i++)
        {
            var quote = document.Quotes[i];
            long? speaker = quote.Speaker is not null && localIds.TryGetValue(quote.Speaker, out var s) ? s : null;
            var quoteId = (long)Scalar(_insertQuote, id, i, quote.Span.Start, quote.Span.End, quote.Text, speaker, quote.SpeakerName, quote.Cue, quote.Direct ? 1 : 0)!;
            Run(_insertQuoteFts, quoteId, quote.Text, quote.SpeakerName ?? string.Empty);
        }

        for (var i = 0; i < document.Counts.Length; i++)
        {
            var count = document.Counts[i];
            Run(_insertCount, id, i, count.Type, count.Number, count.Approximate ? 1 : 0, count.Object, count.Span.Start, count.Span.End, count.Location, count.Date, count.Attribution);
        }

        for (var i = 0; i < document.Events.Length; i++)
        {
            var e = document.Events[i];
            Run(
                _insertEvent,
                id,
                i,
                e.Code,
                e.RootCode,
                e.Plover,
                e.Source?.Name,
                e.Source?.Code,
                LocalEntity(localIds, e.Source?.Entity),
                e.Target?.Name,
                e.Target?.Code,
                LocalEntity(localIds, e.Target?.Entity),
                e.Goldstein,
                e.QuadClass,
                e.Span.Start,
                e.Span.End,
                e.Location?.Name,
                e.Location?.CountryCode,
                e.Location?.Lat,
                e.Location?.Lon,
                e.Location?.GeoType ?? 0,
                e.Date);
        }

        foreach (var theme in document.Themes)
        {
            Run(_insertTheme, id, theme.Code, theme.Mentions.IsDefaultOrEmpty ? 0 : theme.Mentions.Length);
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

    private static long? LocalEntity(Dictionary<string, long> localIds, string? local) =>
        local is not null && localIds.TryGetValue(local, out var id) ? id : null;

    private long EntityId(Entity entity, string key)
    {
        var type = SqliteCorpusStore.TypeName(entity.Type);
        if (_entityIds.TryGetValue((type, key), out var cached) && entity.Actor is null && entity.Country is null && entity.WikidataId is null)
        {
            return cached;
        }

        var id = (long)Scalar(_upsertEntity, type, key, entity.Name, entity.Actor, entity.Country, entity.WikidataId)!;
        _entityIds[(type, key)] = id;
        return id;
    }

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
