using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Storage.Postgres;

/// <summary>Writes the consolidation results (duplicate groups, clusters, event and count records) in one transaction.</summary>
public sealed partial class PostgresCorpusStore
{
    /// <summary>Key of the advisory lock that keeps two consolidations from interleaving.</summary>
    private const long GroupingLock = 0x4348_524F_4E47_5250; // "CHRONGRP"

    public async Task ReplaceGroupingAsync(CorpusGrouping grouping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({GroupingLock.ToString(CultureInfo.InvariantCulture)})", null, cancellationToken);
        await ExecuteAsync(
            connection,
            "UPDATE documents SET duplicate_group = NULL, syndicated = false, cluster = NULL WHERE duplicate_group IS NOT NULL OR cluster IS NOT NULL",
            null,
            cancellationToken);
        await ExecuteAsync(connection, "DELETE FROM event_record_sources; DELETE FROM event_records; DELETE FROM count_figures; DELETE FROM count_records;", null, cancellationToken);

        if (grouping.DuplicateGroups.Count > 0)
        {
            await ExecuteAsync(
                connection,
                "UPDATE documents d SET duplicate_group = u.g, syndicated = u.s FROM unnest(@id::bigint[], @g::bigint[], @s::boolean[]) AS u(id, g, s) WHERE d.id = u.id",
                p =>
                {
                    p.AddWithValue("id", grouping.DuplicateGroups.Select(a => a.DocumentId).ToArray());
                    p.AddWithValue("g", grouping.DuplicateGroups.Select(a => a.GroupId).ToArray());
                    p.AddWithValue("s", grouping.DuplicateGroups.Select(a => a.Syndicated).ToArray());
                },
                cancellationToken);
        }

        if (grouping.Clusters.Count > 0)
        {
            await ExecuteAsync(
                connection,
                "UPDATE documents d SET cluster = u.c FROM unnest(@id::bigint[], @c::bigint[]) AS u(id, c) WHERE d.id = u.id",
                p =>
                {
                    p.AddWithValue("id", grouping.Clusters.Select(a => a.DocumentId).ToArray());
                    p.AddWithValue("c", grouping.Clusters.Select(a => a.GroupId).ToArray());
                },
                cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            COPY event_records (id, cluster, code, root_code, plover, source_name, source_code, target_name, target_code, goldstein, quad_class,
                date, location_name, country_code, lat, lon) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken))
        {
            foreach (var e in grouping.EventRecords)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(e.Id, NpgsqlDbType.Bigint, cancellationToken);
                await WriteAsync(copy, e.ClusterId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(e.Code, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.RootCode, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.Plover, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.SourceName, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.SourceCode, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.TargetName, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.TargetCode, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Goldstein, NpgsqlDbType.Double, cancellationToken);
                await copy.WriteAsync(e.QuadClass, NpgsqlDbType.Integer, cancellationToken);
                await WriteAsync(copy, e.Date, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.LocationName, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.CountryCode, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, e.Lat, NpgsqlDbType.Double, cancellationToken);
                await WriteAsync(copy, e.Lon, NpgsqlDbType.Double, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        // Sources may repeat (one document reporting an event twice); the primary key keeps one, as INSERT OR IGNORE does in SQLite.
        var sources = grouping.EventRecords
            .SelectMany(e => e.Sources.Select(s => (Record: e.Id, s.DocumentId, s.Ordinal, s.Site)))
            .DistinctBy(s => (s.Record, s.DocumentId, s.Ordinal))
            .ToList();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY event_record_sources (event_record_id, document_id, ordinal, site) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var s in sources)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(s.Record, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(s.DocumentId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(s.Ordinal, NpgsqlDbType.Integer, cancellationToken);
                await WriteAsync(copy, s.Site, NpgsqlDbType.Text, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY count_records (id, cluster, type, object, number, conflicting) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var c in grouping.CountRecords)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(c.Id, NpgsqlDbType.Bigint, cancellationToken);
                await WriteAsync(copy, c.ClusterId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(c.Type, NpgsqlDbType.Text, cancellationToken);
                await WriteAsync(copy, c.Counted, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(c.Number, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(c.Conflicting, NpgsqlDbType.Boolean, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY count_figures (count_record_id, document_id, ordinal, number, approximate, attribution, site, credible) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var c in grouping.CountRecords)
            {
                foreach (var f in c.Figures)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(c.Id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(f.DocumentId, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(f.Ordinal, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(f.Number, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(f.Approximate, NpgsqlDbType.Boolean, cancellationToken);
                    await WriteAsync(copy, f.Attribution, NpgsqlDbType.Text, cancellationToken);
                    await WriteAsync(copy, f.Site, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(f.Credible, NpgsqlDbType.Boolean, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Action<NpgsqlParameterCollection>? bind, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        bind?.Invoke(command.Parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value.Value, type, cancellationToken);
}
