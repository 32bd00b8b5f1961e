using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Chronicle.Storage.Relational;

/// <summary>
/// Reads that SQLite and PostgreSQL answer with the same SQL: documents, their contract JSON, dedup features and
/// events. Each store supplies only how a query runs; named parameters use the <c>@name</c> form both engines accept.
/// </summary>
public abstract partial class RelationalCorpusStore
{
    internal const string SummaryColumns =
        "d.id, d.title, d.url, d.path, d.site, d.published, d.language, d.tone, d.duplicate_group, d.cluster";

    public async Task<CorpusStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var r in QueryRowsAsync(
            """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM quotes),
                   (SELECT COUNT(*) FROM counts), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM errors),
                   (SELECT COUNT(DISTINCT duplicate_group) FROM documents WHERE duplicate_group IS NOT NULL),
                   (SELECT COUNT(*) FROM (SELECT cluster FROM documents WHERE cluster IS NOT NULL GROUP BY cluster HAVING COUNT(*) > 1) c),
                   (SELECT COUNT(*) FROM event_records)
            """,
            null,
            cancellationToken))
        {
            return new CorpusStats(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8));
        }

        throw new InvalidOperationException("The statistics query returned no row.");
    }

    public async Task<DocumentSummary?> GetDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        await foreach (var r in QueryRowsAsync($"SELECT {SummaryColumns} FROM documents d WHERE d.id = @id", c => Bind(c, "@id", id), cancellationToken))
        {
            return ReadSummary(r, 0);
        }

        return null;
    }

    public async Task<string?> GetDocumentJsonAsync(long id, CancellationToken cancellationToken = default)
    {
        await foreach (var r in QueryRowsAsync("SELECT json FROM documents WHERE id = @id", c => Bind(c, "@id", id), cancellationToken))
        {
            return r.GetString(0);
        }

        return null;
    }

    public async IAsyncEnumerable<StoredDocumentJson> DocumentsJsonAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var r in QueryRowsAsync("SELECT id, json FROM documents ORDER BY id", null, cancellationToken))
        {
            yield return new StoredDocumentJson(r.GetInt64(0), r.GetString(1));
        }
    }

    public async IAsyncEnumerable<StoredText> DocumentTextsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var r in QueryRowsAsync("SELECT id, text FROM documents ORDER BY id", null, cancellationToken))
        {
            yield return new StoredText(r.GetInt64(0), r.GetString(1));
        }
    }

    public async IAsyncEnumerable<DocumentFeatures> DocumentFeaturesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // One pass over documents joined to their entities, ordered by document, so nothing is held but the current row.
        long current = -1;
        DocumentFeatures? pending = null;
        List<long> entities = [];
        await foreach (var r in QueryRowsAsync(
            """
            SELECT d.id, d.simhash, d.site, d.published_day, d.length, de.entity_id
            FROM documents d LEFT JOIN document_entities de ON de.document_id = d.id
            ORDER BY d.id
            """,
            null,
            cancellationToken))
        {
            var id = r.GetInt64(0);
            if (id != current)
            {
                if (pending is not null)
                {
                    yield return pending with { EntityIds = entities };
                }

                current = id;
                entities = [];
                pending = new DocumentFeatures(id, unchecked((ulong)r.GetInt64(1)), NullableString(r, 2), NullableString(r, 3), r.GetInt32(4), entities);
            }

            if (!r.IsDBNull(5))
            {
                entities.Add(r.GetInt64(5));
            }
        }

        if (pending is not null)
        {
            yield return pending with { EntityIds = entities };
        }
    }

    public async IAsyncEnumerable<StoredEvent> EventsAsync(string? actor = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = actor is null
            ? string.Empty
            : "WHERE e.source_code = @actor OR e.target_code = @actor OR lower(e.source_name) = lower(@actor) OR lower(e.target_name) = lower(@actor)";
        await foreach (var r in QueryRowsAsync(
            $"""
            SELECT e.document_id, e.ordinal, e.code, e.root_code, e.plover, e.source_name, e.source_code, e.target_name, e.target_code,
                   e.goldstein, e.quad_class, e.span_start, e.span_end, e.location_name, e.country_code, e.lat, e.lon, e.geo_type, e.date,
                   d.published_day, d.site, d.url
            FROM events e JOIN documents d ON d.id = e.document_id {filter}
            ORDER BY e.document_id, e.ordinal
            """,
            c =>
            {
                if (actor is not null)
                {
                    Bind(c, "@actor", actor);
                }
            },
            cancellationToken))
        {
            yield return new StoredEvent(
                r.GetInt64(0),
                r.GetInt32(1),
                r.GetString(2),
                r.GetString(3),
                NullableString(r, 4),
                NullableString(r, 5),
                NullableString(r, 6),
                NullableString(r, 7),
                NullableString(r, 8),
                r.GetDouble(9),
                r.GetInt32(10),
                r.GetInt32(11),
                r.GetInt32(12),
                NullableString(r, 13),
                NullableString(r, 14),
                r.IsDBNull(15) ? null : r.GetDouble(15),
                r.IsDBNull(16) ? null : r.GetDouble(16),
                r.GetInt32(17),
                NullableString(r, 18),
                NullableString(r, 19),
                NullableString(r, 20),
                NullableString(r, 21));
        }
    }

    internal static DocumentSummary ReadSummary(DbDataReader r, int offset) => new(
        r.GetInt64(offset),
        NullableString(r, offset + 1),
        NullableString(r, offset + 2),
        NullableString(r, offset + 3),
        NullableString(r, offset + 4),
        NullableString(r, offset + 5),
        r.GetString(offset + 6),
        r.GetDouble(offset + 7),
        r.IsDBNull(offset + 8) ? null : r.GetInt64(offset + 8),
        r.IsDBNull(offset + 9) ? null : r.GetInt64(offset + 9));

    internal static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Adds a named parameter (<c>@name</c>) in the provider's own parameter type.</summary>
    protected static void Bind(DbCommand command, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Runs a query and yields the reader once per row; rows stream, memory stays flat.</summary>
    protected abstract IAsyncEnumerable<DbDataReader> QueryRowsAsync(string sql, Action<DbCommand>? bind, CancellationToken cancellationToken);
}
