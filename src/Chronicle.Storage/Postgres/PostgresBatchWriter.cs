using System.Collections.Concurrent;
using Chronicle.Json;
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
                var key = EntityKey.Normalise(entity.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                var type = DocumentJsonWriter.TypeName(entity.Type);
                var attributes = entity.Actor is not null || entity.Country is not null || entity.WikidataId is not null;
                if (wanted.TryGetValue((type, key), out var known))
                {
                    wanted[(type, key)] = (known.Name, known.Actor ?? entity.Actor, known.Country ?? entity.Country, known.Wikidata ?? entity.WikidataId);
                }
                else if (attributes || !entityIds.ContainsKey((type, key)))
                {
                    wanted[(type, key)] = (entity.Name, entity.Actor, entity.Country, entity.WikidataId);
                }

                if (!entity.Aliases.IsDefaultOrEmpty)
                {
                    foreach (var alias in entity.Aliases)
                    {
                        var aliasKey = EntityKey.Normalise(alias);
                        if (aliasKey.Length > 0 && aliasKey != key)
                        {
                            wantedAliases.Add((aliasKey, type, key));
                        }
                    }
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

        await using var command = new NpgsqlCommand(
            """
            INSERT INTO documents(content_hash, source_key, path, url, site, title, byline, published, published_day, language, genre,
                text, json, tone, positive, negative, polarity, activity, self_reference, word_count, simhash, length, run_id)
            SELECT u.*, @run FROM unnest(@hash::text[], @key::text[], @path::text[], @url::text[], @site::text[], @title::text[], @byline::text[],
                @published::text[], @day::text[], @language::text[], @genre::text[], @text::text[], @json::text[],
                @tone::float8[], @positive::float8[], @negative::float8[], @polarity::float8[], @activity::float8[], @self::float8[],
                @words::integer[], @simhash::bigint[], @length::integer[]) AS u
            ORDER BY 1
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING content_hash, id
            """,
            connection);
        var p = command.Parameters;
        p.AddWithValue("hash", ordered.Select(r => r.ContentHash).ToArray());
        p.AddWithValue("key", ordered.Select(r => r.SourceKey).ToArray());
        Text(p, "path", ordered.Select(r => r.Document.Source.Path));
        Text(p, "url", ordered.Select(r => r.Document.Source.Url));
        Text(p, "site", ordered.Select(r => r.Document.Site));
        Text(p, "title", ordered.Select(r => r.Document.Title));
        Text(p, "byline", ordered.Select(r => r.Document.Byline.IsDefaultOrEmpty ? null : string.Join("; ", r.Document.Byline)));
        Text(p, "published", ordered.Select(r => r.Document.Published));
        Text(p, "day", ordered.Select(r => PublishedDay.Of(r.Document.Published)));
        p.AddWithValue("language", ordered.Select(r => r.Document.Language).ToArray());
        Text(p, "genre", ordered.Select(r => r.Document.Genre));
        p.AddWithValue("text", ordered.Select(r => Clean(r.Document.Text)).ToArray());
        p.AddWithValue("json", ordered.Select(r => Clean(r.Json)).ToArray());
        p.AddWithValue("tone", ordered.Select(r => r.Document.Tone.Value).ToArray());
        p.AddWithValue("positive", ordered.Select(r => r.Document.Tone.Positive).ToArray());
        p.AddWithValue("negative", ordered.Select(r => r.Document.Tone.Negative).ToArray());
        p.AddWithValue("polarity", ordered.Select(r => r.Document.Tone.Polarity).ToArray());
        p.AddWithValue("activity", ordered.Select(r => r.Document.Tone.Activity).ToArray());
        p.AddWithValue("self", ordered.Select(r => r.Document.Tone.SelfReference).ToArray());
        p.AddWithValue("words", ordered.Select(r => r.Document.Tone.WordCount).ToArray());
        p.AddWithValue("simhash", ordered.Select(r => unchecked((long)r.SimHash)).ToArray());
        p.AddWithValue("length", ordered.Select(r => r.Document.Text.Length).ToArray());
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
        var locals = new Dictionary<long, Dictionary<string, long>>(fresh.Count);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY document_entities (document_id, local_id, entity_id, mentions, first_start, role) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (record, id) in fresh)
            {
                var local = new Dictionary<string, long>(StringComparer.Ordinal);
                locals[id] = local;
                foreach (var entity in record.Document.Entities)
                {
                    var key = EntityKey.Normalise(entity.Name);
                    if (key.Length == 0 || !entityIds.TryGetValue((DocumentJsonWriter.TypeName(entity.Type), key), out var entityId) || !local.TryAdd(entity.Id, entityId))
                    {
                        continue;
                    }

                    var mentions = entity.Mentions.IsDefaultOrEmpty ? 0 : entity.Mentions.Length;
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(entity.Id, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(entityId, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(mentions, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(mentions == 0 ? 0 : entity.Mentions[0].Start, NpgsqlDbType.Integer, cancellationToken);
                    await WriteTextAsync(copy, entity.Role, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY mentions (document_id, entity_id, span_start, span_end) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (record, id) in fresh)
            {
                foreach (var entity in record.Document.Entities)
                {
                    if (entity.Mentions.IsDefaultOrEmpty || !locals[id].TryGetValue(entity.Id, out var entityId))
                    {
                        continue;
                    }

                    foreach (var mention in entity.Mentions)
                    {
                        await copy.StartRowAsync(cancellationToken);
                        await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                        await copy.WriteAsync(entityId, NpgsqlDbType.Bigint, cancellationToken);
                        await copy.WriteAsync(mention.Start, NpgsqlDbType.Integer, cancellationToken);
                        await copy.WriteAsync(mention.End, NpgsqlDbType.Integer, cancellationToken);
                    }
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY quotes (document_id, ordinal, span_start, span_end, text, speaker_entity_id, speaker_name, cue, direct) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (record, id) in fresh)
            {
                var quotes = record.Document.Quotes;
                for (var i = 0; i < quotes.Length; i++)
                {
                    var quote = quotes[i];
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(quote.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(quote.Span.End, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(Clean(quote.Text), NpgsqlDbType.Text, cancellationToken);
                    await WriteBigintAsync(copy, Local(locals[id], quote.Speaker), cancellationToken);
                    await WriteTextAsync(copy, quote.SpeakerName, cancellationToken);
                    await WriteTextAsync(copy, quote.Cue, cancellationToken);
                    await copy.WriteAsync(quote.Direct, NpgsqlDbType.Boolean, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY counts (document_id, ordinal, type, number, approximate, object, span_start, span_end, location, date, attribution) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var (record, id) in fresh)
            {
                var counts = record.Document.Counts;
                for (var i = 0; i < counts.Length; i++)
                {
                    var count = counts[i];
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(count.Type, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync((long)count.Number, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(count.Approximate, NpgsqlDbType.Boolean, cancellationToken);
                    await WriteTextAsync(copy, count.Object, cancellationToken);
                    await copy.WriteAsync(count.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(count.Span.End, NpgsqlDbType.Integer, cancellationToken);
                    await WriteTextAsync(copy, count.Location, cancellationToken);
                    await WriteTextAsync(copy, count.Date, cancellationToken);
                    await WriteTextAsync(copy, count.Attribution, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            COPY events (document_id, ordinal, code, root_code, plover, source_name, source_code, source_entity_id, target_name, target_code,
                target_entity_id, goldstein, quad_class, span_start, span_end, location_name, country_code, lat, lon, geo_type, date)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken))
        {
            foreach (var (record, id) in fresh)
            {
                var events = record.Document.Events;
                for (var i = 0; i < events.Length; i++)
                {
                    var e = events[i];
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(e.Code, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(e.RootCode, NpgsqlDbType.Text, cancellationToken);
                    await WriteTextAsync(copy, e.Plover, cancellationToken);
                    await WriteTextAsync(copy, e.Source?.Name, cancellationToken);
                    await WriteTextAsync(copy, e.Source?.Code, cancellationToken);
                    await WriteBigintAsync(copy, Local(locals[id], e.Source?.Entity), cancellationToken);
                    await WriteTextAsync(copy, e.Target?.Name, cancellationToken);
                    await WriteTextAsync(copy, e.Target?.Code, cancellationToken);
                    await WriteBigintAsync(copy, Local(locals[id], e.Target?.Entity), cancellationToken);
                    await copy.WriteAsync(e.Goldstein, NpgsqlDbType.Double, cancellationToken);
                    await copy.WriteAsync(e.QuadClass, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(e.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(e.Span.End, NpgsqlDbType.Integer, cancellationToken);
                    await WriteTextAsync(copy, e.Location?.Name, cancellationToken);
                    await WriteTextAsync(copy, e.Location?.CountryCode, cancellationToken);
                    await WriteDoubleAsync(copy, e.Location?.Lat, cancellationToken);
                    await WriteDoubleAsync(copy, e.Location?.Lon, cancellationToken);
                    await copy.WriteAsync(e.Location?.GeoType ?? 0, NpgsqlDbType.Integer, cancellationToken);
                    await WriteTextAsync(copy, e.Date, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY themes (document_id, code, mentions) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (record, id) in fresh)
            {
                var codes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var theme in record.Document.Themes)
                {
                    if (!codes.Add(theme.Code))
                    {
                        continue;
                    }

                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(theme.Code, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(theme.Mentions.IsDefaultOrEmpty ? 0 : theme.Mentions.Length, NpgsqlDbType.Integer, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static long? Local(Dictionary<string, long> locals, string? local) =>
        local is not null && locals.TryGetValue(local, out var id) ? id : null;

    private static void Text(NpgsqlParameterCollection parameters, string name, IEnumerable<string?> values) =>
        parameters.AddWithValue(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values.Select(v => v is null ? null : Clean(v)).ToArray());

    /// <summary>PostgreSQL text cannot hold NUL; web pages occasionally do.</summary>
    private static string Clean(string value) => value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", string.Empty, StringComparison.Ordinal) : value;

    private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(Clean(value), NpgsqlDbType.Text, cancellationToken);

    private static Task WriteBigintAsync(NpgsqlBinaryImporter copy, long? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value.Value, NpgsqlDbType.Bigint, cancellationToken);

    private static Task WriteDoubleAsync(NpgsqlBinaryImporter copy, double? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value.Value, NpgsqlDbType.Double, cancellationToken);
}
