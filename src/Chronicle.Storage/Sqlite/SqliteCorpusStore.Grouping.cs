namespace Chronicle.Storage.Sqlite;

/// <summary>Writes the consolidation results (duplicate groups, clusters, event and count records) in one transaction.</summary>
public sealed partial class SqliteCorpusStore
{
    public async Task ReplaceGroupingAsync(CorpusGrouping grouping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _writer.BeginTransaction();
            Execute(_writer, "UPDATE documents SET duplicate_group = NULL, syndicated = 0, cluster = NULL WHERE duplicate_group IS NOT NULL OR cluster IS NOT NULL;", transaction);
            Execute(_writer, "DELETE FROM event_record_sources; DELETE FROM event_records; DELETE FROM count_figures; DELETE FROM count_records;", transaction);

            using (var duplicate = _writer.CreateCommand())
            {
                duplicate.Transaction = transaction;
                duplicate.CommandText = "UPDATE documents SET duplicate_group = $g, syndicated = $s WHERE id = $id";
                var g = duplicate.Parameters.Add("$g", Microsoft.Data.Sqlite.SqliteType.Integer);
                var s = duplicate.Parameters.Add("$s", Microsoft.Data.Sqlite.SqliteType.Integer);
                var id = duplicate.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
                foreach (var assignment in grouping.DuplicateGroups)
                {
                    g.Value = assignment.GroupId;
                    s.Value = assignment.Syndicated ? 1 : 0;
                    id.Value = assignment.DocumentId;
                    duplicate.ExecuteNonQuery();
                }
            }

            using (var cluster = _writer.CreateCommand())
            {
                cluster.Transaction = transaction;
                cluster.CommandText = "UPDATE documents SET cluster = $c WHERE id = $id";
                var c = cluster.Parameters.Add("$c", Microsoft.Data.Sqlite.SqliteType.Integer);
                var id = cluster.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
                foreach (var assignment in grouping.Clusters)
                {
                    c.Value = assignment.GroupId;
                    id.Value = assignment.DocumentId;
                    cluster.ExecuteNonQuery();
                }
            }

            using (var record = _writer.CreateCommand())
            using (var source = _writer.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText =
                    """
                    INSERT INTO event_records(id, cluster, code, root_code, plover, source_name, source_code, target_name, target_code, goldstein, quad_class,
                        date, location_name, country_code, lat, lon)
                    VALUES ($id, $cluster, $code, $root, $plover, $sn, $sc, $tn, $tc, $g, $q, $date, $ln, $cc, $lat, $lon)
                    """;
                source.Transaction = transaction;
                source.CommandText = "INSERT OR IGNORE INTO event_record_sources(event_record_id, document_id, ordinal, site) VALUES ($r, $d, $o, $s)";
                foreach (var e in grouping.EventRecords)
                {
                    record.Parameters.Clear();
                    record.Parameters.AddWithValue("$id", e.Id);
                    record.Parameters.AddWithValue("$cluster", (object?)e.ClusterId ?? DBNull.Value);
                    record.Parameters.AddWithValue("$code", e.Code);
                    record.Parameters.AddWithValue("$root", e.RootCode);
                    record.Parameters.AddWithValue("$plover", (object?)e.Plover ?? DBNull.Value);
                    record.Parameters.AddWithValue("$sn", (object?)e.SourceName ?? DBNull.Value);
                    record.Parameters.AddWithValue("$sc", (object?)e.SourceCode ?? DBNull.Value);
                    record.Parameters.AddWithValue("$tn", (object?)e.TargetName ?? DBNull.Value);
                    record.Parameters.AddWithValue("$tc", (object?)e.TargetCode ?? DBNull.Value);
                    record.Parameters.AddWithValue("$g", e.Goldstein);
                    record.Parameters.AddWithValue("$q", e.QuadClass);
                    record.Parameters.AddWithValue("$date", (object?)e.Date ?? DBNull.Value);
                    record.Parameters.AddWithValue("$ln", (object?)e.LocationName ?? DBNull.Value);
                    record.Parameters.AddWithValue("$cc", (object?)e.CountryCode ?? DBNull.Value);
                    record.Parameters.AddWithValue("$lat", (object?)e.Lat ?? DBNull.Value);
                    record.Parameters.AddWithValue("$lon", (object?)e.Lon ?? DBNull.Value);
                    record.ExecuteNonQuery();
                    foreach (var s in e.Sources)
                    {
                        source.Parameters.Clear();
                        source.Parameters.AddWithValue("$r", e.Id);
                        source.Parameters.AddWithValue("$d", s.DocumentId);
                        source.Parameters.AddWithValue("$o", s.Ordinal);
                        source.Parameters.AddWithValue("$s", (object?)s.Site ?? DBNull.Value);
                        source.ExecuteNonQuery();
                    }
                }
            }

            using (var record = _writer.CreateCommand())
            using (var figure = _writer.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO count_records(id, cluster, type, object, number, conflicting) VALUES ($id, $cluster, $type, $object, $number, $conflicting)";
                figure.Transaction = transaction;
                figure.CommandText =
                    "INSERT INTO count_figures(count_record_id, document_id, ordinal, number, approximate, attribution, site, credible) VALUES ($r, $d, $o, $n, $a, $at, $s, $c)";
                foreach (var c in grouping.CountRecords)
                {
                    record.Parameters.Clear();
                    record.Parameters.AddWithValue("$id", c.Id);
                    record.Parameters.AddWithValue("$cluster", (object?)c.ClusterId ?? DBNull.Value);
                    record.Parameters.AddWithValue("$type", c.Type);
                    record.Parameters.AddWithValue("$object", (object?)c.Counted ?? DBNull.Value);
                    record.Parameters.AddWithValue("$number", c.Number);
                    record.Parameters.AddWithValue("$conflicting", c.Conflicting ? 1 : 0);
                    record.ExecuteNonQuery();
                    foreach (var f in c.Figures)
                    {
                        figure.Parameters.Clear();
                        figure.Parameters.AddWithValue("$r", c.Id);
                        figure.Parameters.AddWithValue("$d", f.DocumentId);
                        figure.Parameters.AddWithValue("$o", f.Ordinal);
                        figure.Parameters.AddWithValue("$n", f.Number);
                        figure.Parameters.AddWithValue("$a", f.Approximate ? 1 : 0);
                        figure.Parameters.AddWithValue("$at", (object?)f.Attribution ?? DBNull.Value);
                        figure.Parameters.AddWithValue("$s", (object?)f.Site ?? DBNull.Value);
                        figure.Parameters.AddWithValue("$c", f.Credible ? 1 : 0);
                        figure.ExecuteNonQuery();
                    }
                }
            }

            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
