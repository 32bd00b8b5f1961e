using System.Collections.Concurrent;
using System.Globalization;
using Chronicle.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Writes one batch. Entities and aliases are upserted first, each in its own short statement: they are shared by
/// every document, so holding their row locks until a batch commits would serialise all writers on popular names
/// (an entity without documents is harmless). Then one transaction inserts the documents with one array statement,
/// records their sources, and streams the layers in with binary COPY.
/// </summary>
internal sealed class PostgresBatchWriter(
    NpgsqlConnection connection,
    ConcurrentDictionary<(string Type, string Key), long> entityIds,
    ConcurrentDictionary<(string Alias, long Entity), byte> aliases,
    long? runId)
{
    /// <summary>The documents insert, its columns from the shared mapping: one array parameter per column.</summary>
    private static readonly string InsertDocumentsSql = $"""
        INSERT INTO documents({string.Join(", ", DocumentRows.DocumentColumns.Select(c => c.Name))}, run_id)
        SELECT u.*, @run FROM unnest({string.Join(", ", DocumentRows.DocumentColumns.Select((c, i) => $"@c{i}::{SqlType(c.Kind)}[]"))}) AS u
        ORDER BY 1
        ON CONFLICT (content_hash) DO NOTHING
        RETURNING content_hash, id
        """;

    public async Task<WriteResult> WriteAsync(IReadOnlyList<DocumentRecord> records, IReadOnlyList<IngestError> errors, CancellationToken cancellationToken)
    {
        await ResolveEntitiesAsync(records, cancellationToken);

        // Sorted by hash so that two batches racing on the same texts take the unique-index locks in the same order.
        var unique = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            unique.TryAdd(record.ContentHash, record);
        }

        var ordered = unique.Values.OrderBy(r => r.ContentHash, StringComparer.Ordinal).ToList();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await InsertDocumentsAsync(ordered, cancellationToken);
        var ids = new Dictionary<string, long>(inserted.Count, StringComparer.Ordinal);
        foreach (var (hash, id) in inserted)
        {
            ids[hash] = id;
        }

        var missing = ordered.Where(r => !ids.ContainsKey(r.ContentHash)).Select(r => r.ContentHash).ToArray();
        if (missing.Length > 0)
        {
            await using var find = new NpgsqlCommand("SELECT content_hash, id FROM documents WHERE content_hash = ANY(@h)", connection, transaction);
            find.Parameters.AddWithValue("h", missing);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        // Each source points at its document; only the first source of a newly inserted text counts as added.
        var sourceKeys = new List<string>(records.Count);
        var sourceIds = new List<long?>(records.Count);
        var statuses = new List<string>(records.Count);
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        var newHashes = new HashSet<string>(inserted.Select(i => i.Hash), StringComparer.Ordinal);
        var added = 0;
        foreach (var record in records)
        {
            if (!seenKeys.Add(record.SourceKey))
            {
                continue;
            }

            var isNew = newHashes.Remove(record.ContentHash);
            added += isNew ? 1 : 0;
            sourceKeys.Add(record.SourceKey);
            sourceIds.Add(ids.TryGetValue(record.ContentHash, out var id) ? id : null);
            statuses.Add(isNew ? "added" : "unchanged");
        }

        await InsertSourcesAsync(sourceKeys, sourceIds, statuses, cancellationToken);
        var failed = await InsertErrorsAsync(errors, seenKeys, cancellationToken);
        var fresh = inserted.Select(i => (Record: unique[i.Hash], i.Id)).ToList();
        if (fresh.Count > 0)
        {
            await CopyLayersAsync(fresh, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(added, records.Count - added, failed);
    }

    /// <summary>Makes sure every entity of the batch exists and its id is cached.</summary>
    private async Task ResolveEntitiesAsync(IReadOnlyList<DocumentRecord> records, CancellationToken cancellationToken)
    {
        var wanted = new SortedDictionary<(string Type, string Key), (string Name, string? Actor, string? Country, string? Wikidata)>();
        var wantedAliases = new SortedSet<(string Alias, string Type, string Key)>();
        foreach (var record in records)
        {
            foreach (var entity in record.Document.Entities)
            {
                if (DocumentRows.EntityKeyOf(entity) is not { } entityKey)
                {
                    continue;
                }

                var (type, key) = entityKey;

                var attributes = entity.Actor is not null || entity.Country is not null || entity.WikidataId is not null;
                if (wanted.TryGetValue((type, key), out var known))
                {
                    wanted[(type, key)] = (known.Name, known.Actor ?? entity.Actor, known.Country ?? entity.Country, known.Wikidata ?? entity.WikidataId);
                }
                else if (attributes || !entityIds.ContainsKey((type, key)))
                {
                    wanted[(type, key)] = (entity.Name, entity.Actor, entity.Country, entity.WikidataId);
                }

                foreach (var alias in DocumentRows.AliasKeys(entity, key))
                {
                    wantedAliases.Add((alias, type, key));
                }
            }
        }

        if (wanted.Count > 0)
        {
            var types = wanted.Keys.Select(k => k.Type).ToArray();
            var keys = wanted.Keys.Select(k => k.Key).ToArray();
            await using (var insert = new NpgsqlCommand(
                """
                INSERT INTO entities(type, key, name, actor, country, wikidata)
                SELECT * FROM unnest(@t::text[], @k::text[], @n::text[], @a::text[], @c::text[], @w::text[]) ORDER BY 1, 2
                ON CONFLICT (type, key) DO NOTHING
                """,
                connection))
            {
                insert.Parameters.AddWithValue("t", types);
                insert.Parameters.AddWithValue("k", keys);
                insert.Parameters.AddWithValue("n", wanted.Values.Select(v => v.Name).ToArray());
                insert.Parameters.AddWithValue("a", NpgsqlDbType.Array | NpgsqlDbType.Text, wanted.Values.Select(v => v.Actor).ToArray());
                insert.Parameters.AddWithValue("c", NpgsqlDbType.Array | NpgsqlDbType.Text, wanted.Values.Select(v => v.Country).ToArray());
                insert.Parameters.AddWithValue("w", NpgsqlDbType.Array | NpgsqlDbType.Text, wanted.Values.Select(v => v.Wikidata).ToArray());
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            // Fill in codes an earlier document did not know; never overwrite one.
            var enriched = wanted.Where(w => w.Value.Actor is not null || w.Value.Country is not null || w.Value.Wikidata is not null).ToList();
            if (enriched.Count > 0)
            {
                await using var update = new NpgsqlCommand(
                    """
                    UPDATE entities e SET actor = COALESCE(e.actor, u.a), country = COALESCE(e.country, u.c), wikidata = COALESCE(e.wikidata, u.w)
                    FROM unnest(@t::text[], @k::text[], @a::text[], @c::text[], @w::text[]) AS u(t, k, a, c, w)
                    WHERE e.type = u.t AND e.key = u.k
                      AND ((e.actor IS NULL AND u.a IS NOT NULL) OR (e.country IS NULL AND u.c IS NOT NULL) OR (e.wikidata IS NULL AND u.w IS NOT NULL))
                    """,
                    connection);
                update.Parameters.AddWithValue("t", enriched.Select(e => e.Key.Type).ToArray());
                update.Parameters.AddWithValue("k", enriched.Select(e => e.Key.Key).ToArray());
                update.Parameters.AddWithValue("a", NpgsqlDbType.Array | NpgsqlDbType.Text, enriched.Select(e => e.Value.Actor).ToArray());
                update.Parameters.AddWithValue("c", NpgsqlDbType.Array | NpgsqlDbType.Text, enriched.Select(e => e.Value.Country).ToArray());
                update.Parameters.AddWithValue("w", NpgsqlDbType.Array | NpgsqlDbType.Text, enriched.Select(e => e.Value.Wikidata).ToArray());
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var select = new NpgsqlCommand(
                "SELECT e.type, e.key, e.id FROM entities e JOIN unnest(@t::text[], @k::text[]) AS u(t, k) ON e.type = u.t AND e.key = u.k",
                connection);
            select.Parameters.AddWithValue("t", types);
            select.Parameters.AddWithValue("k", keys);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entityIds[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }

        var newAliases = wantedAliases
            .Select(a => (a.Alias, Entity: entityIds.TryGetValue((a.Type, a.Key), out var id) ? id : -1))
            .Where(a => a.Entity >= 0 && !aliases.ContainsKey(a))
            .ToList();
        if (newAliases.Count > 0)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO entity_aliases(alias_key, entity_id) SELECT * FROM unnest(@a::text[], @e::bigint[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING",
                connection);
            insert.Parameters.AddWithValue("a", newAliases.Select(a => a.Alias).ToArray());
            insert.Parameters.AddWithValue("e", newAliases.Select(a => a.Entity).ToArray());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            foreach (var alias in newAliases)
            {
                aliases.TryAdd(alias, 0);
            }
        }
    }

    private async Task<List<(string Hash, long Id)>> InsertDocumentsAsync(List<DocumentRecord> ordered, CancellationToken cancellationToken)
    {
        var inserted = new List<(string Hash, long Id)>(ordered.Count);
        if (ordered.Count == 0)
        {
            return inserted;
        }

        await using var command = new NpgsqlCommand(InsertDocumentsSql, connection);
        var p = command.Parameters;
        for (var i = 0; i < DocumentRows.DocumentColumns.Length; i++)
        {
            var column = DocumentRows.DocumentColumns[i];
            p.Add(ArrayParameter("c" + i.ToString(CultureInfo.InvariantCulture), column.Kind, ordered.Select(column.Value)));
        }

        p.Add(new NpgsqlParameter("run", NpgsqlDbType.Bigint) { Value = (object?)runId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return inserted;
    }

    private async Task InsertSourcesAsync(List<string> keys, List<long?> ids, List<string> statuses, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            """
            INSERT INTO sources(key, document_id, status, run_id)
            SELECT u.*, @run FROM unnest(@k::text[], @d::bigint[], @s::text[]) AS u ORDER BY 1
            ON CONFLICT (key) DO NOTHING
            """,
            connection);
        command.Parameters.AddWithValue("k", keys.ToArray());
        command.Parameters.AddWithValue("d", NpgsqlDbType.Array | NpgsqlDbType.Bigint, ids.ToArray());
        command.Parameters.AddWithValue("s", statuses.ToArray());
        command.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Bigint) { Value = (object?)runId ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records each error once per source (a source already done or failed is not recorded again).</summary>
    private async Task<int> InsertErrorsAsync(IReadOnlyList<IngestError> errors, HashSet<string> seenKeys, CancellationToken cancellationToken)
    {
        var unique = new SortedDictionary<string, IngestError>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            if (!seenKeys.Contains(error.Source))
            {
                unique.TryAdd(error.Source, error);
            }
        }

        if (unique.Count == 0)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand(
            """
            WITH fresh AS (
                INSERT INTO sources(key, document_id, status, run_id)
                SELECT k, NULL, 'failed', @run FROM unnest(@k::text[]) AS k ORDER BY 1
                ON CONFLICT (key) DO NOTHING RETURNING key)
            INSERT INTO errors(run_id, source, stage, message, at)
            SELECT @run, u.k, u.s, u.m, now() FROM unnest(@k::text[], @s::text[], @m::text[]) AS u(k, s, m) JOIN fresh ON fresh.key = u.k
            ORDER BY u.k
            """,
            connection);
        command.Parameters.AddWithValue("k", unique.Keys.ToArray());
        command.Parameters.AddWithValue("s", unique.Values.Select(e => Clean(e.Stage)).ToArray());
        command.Parameters.AddWithValue("m", unique.Values.Select(e => Clean(e.Message)).ToArray());
        command.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Bigint) { Value = (object?)runId ?? DBNull.Value });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Streams the layers of the newly inserted documents with binary COPY, one COPY per table.</summary>
    private async Task CopyLayersAsync(List<(DocumentRecord Record, long Id)> fresh, CancellationToken cancellationToken)
    {
        var locals = fresh.ConvertAll(f => DocumentRows.LocalEntities(f.Record.Document, (_, key) => entityIds.TryGetValue(key, out var id) ? id : null));
        foreach (var table in DocumentRows.Layers)
        {
            await using var copy = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            for (var d = 0; d < fresh.Count; d++)
            {
                foreach (var row in DocumentRows.Rows(table, fresh[d].Id, fresh[d].Record.Document, locals[d]))
                {
                    await copy.StartRowAsync(cancellationToken);
                    for (var c = 0; c < row.Length; c++)
                    {
                        await WriteAsync(copy, table.Columns[c].Kind, row[c], cancellationToken);
                    }
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    internal static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => "integer",
        ColumnKind.Bigint => "bigint",
        ColumnKind.Double => "float8",
        ColumnKind.Boolean => "boolean",
        _ => "text",
    };

    internal static NpgsqlDbType DbType(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => NpgsqlDbType.Integer,
        ColumnKind.Bigint => NpgsqlDbType.Bigint,
        ColumnKind.Double => NpgsqlDbType.Double,
        ColumnKind.Boolean => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Text,
    };

    /// <summary>A typed array of one column's values (text cleaned of NUL); null elements stay null.</summary>
    internal static NpgsqlParameter ArrayParameter(string name, ColumnKind kind, IEnumerable<object?> values)
    {
        Array array = kind switch
        {
            ColumnKind.Integer => values.Select(v => v is null ? (int?)null : Convert.ToInt32(v, CultureInfo.InvariantCulture)).ToArray(),
            ColumnKind.Bigint => values.Select(v => v is null ? (long?)null : Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray(),
            ColumnKind.Double => values.Select(v => v is null ? (double?)null : Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray(),
            ColumnKind.Boolean => values.Select(v => v is null ? (bool?)null : (bool)v).ToArray(),
            _ => values.Select(v => v is null ? null : Clean((string)v)).ToArray(),
        };
        return new NpgsqlParameter(name, NpgsqlDbType.Array | DbType(kind)) { Value = array };
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, ColumnKind kind, object? value, CancellationToken cancellationToken) => value switch
    {
        null => copy.WriteNullAsync(cancellationToken),
        string text => copy.WriteAsync(Clean(text), NpgsqlDbType.Text, cancellationToken),
        _ => kind switch
        {
            ColumnKind.Integer => copy.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
            ColumnKind.Bigint => copy.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken),
            ColumnKind.Double => copy.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double, cancellationToken),
            ColumnKind.Boolean => copy.WriteAsync((bool)value, NpgsqlDbType.Boolean, cancellationToken),
            _ => copy.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture), NpgsqlDbType.Text, cancellationToken),
        },
    };

    /// <summary>PostgreSQL text cannot hold NUL; web pages occasionally do.</summary>
    private static string Clean(string value) => value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", string.Empty, StringComparison.Ordinal) : value;
}
