namespace Chronicle.Storage.Relational;

/// <summary>
/// Writes the consolidation results (repost groups with their relations, story clusters, event and count records)
/// in one transaction. The tables, columns and rows are the same for every engine; each engine supplies only how a
/// statement runs and how rows are bulk-written (<see cref="GroupingWriter"/>).
/// </summary>
public abstract partial class RelationalCorpusStore
{
    private static readonly GroupingColumn[] DocumentColumns =
    [
        new("duplicate_group", ColumnKind.Bigint), new("syndicated", ColumnKind.Boolean), new("duplicate_relation", ColumnKind.Text),
        new("cluster", ColumnKind.Bigint),
    ];

    private static readonly GroupingColumn[] EventRecordColumns =
    [
        new("id", ColumnKind.Bigint), new("cluster", ColumnKind.Bigint), new("code", ColumnKind.Text), new("root_code", ColumnKind.Text),
        new("plover", ColumnKind.Text), new("source_name", ColumnKind.Text), new("source_code", ColumnKind.Text), new("target_name", ColumnKind.Text),
        new("target_code", ColumnKind.Text), new("goldstein", ColumnKind.Double), new("quad_class", ColumnKind.Integer), new("date", ColumnKind.Text),
        new("location_name", ColumnKind.Text), new("country_code", ColumnKind.Text), new("lat", ColumnKind.Double), new("lon", ColumnKind.Double),
    ];

    private static readonly GroupingColumn[] EventSourceColumns =
        [new("event_record_id", ColumnKind.Bigint), new("document_id", ColumnKind.Bigint), new("ordinal", ColumnKind.Integer), new("site", ColumnKind.Text)];

    private static readonly GroupingColumn[] CountRecordColumns =
    [
        new("id", ColumnKind.Bigint), new("cluster", ColumnKind.Bigint), new("type", ColumnKind.Text), new("object", ColumnKind.Text),
        new("number", ColumnKind.Bigint), new("conflicting", ColumnKind.Boolean),
    ];

    private static readonly GroupingColumn[] CountFigureColumns =
    [
        new("count_record_id", ColumnKind.Bigint), new("document_id", ColumnKind.Bigint), new("ordinal", ColumnKind.Integer), new("number", ColumnKind.Bigint),
        new("approximate", ColumnKind.Boolean), new("attribution", ColumnKind.Text), new("site", ColumnKind.Text), new("credible", ColumnKind.Boolean),
    ];

    public async Task ReplaceGroupingAsync(CorpusGrouping grouping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        await using var writer = await BeginGroupingAsync(cancellationToken);
        await writer.UpdateDocumentsAsync(DocumentColumns, await ChangedDocumentsAsync(grouping, cancellationToken), cancellationToken);
        foreach (var table in (string[])["event_record_sources", "event_records", "count_figures", "count_records"])
        {
            await writer.ExecuteAsync("DELETE FROM " + table, cancellationToken);
        }

        await writer.InsertAsync(
            "event_records",
            EventRecordColumns,
            grouping.EventRecords.Select(e => new object?[]
            {
                e.Id, e.ClusterId, e.Code, e.RootCode, e.Plover, e.SourceName, e.SourceCode, e.TargetName, e.TargetCode, e.Goldstein, e.QuadClass,
                e.Date, e.LocationName, e.CountryCode, e.Lat, e.Lon,
            }),
            cancellationToken);

        // Sources may repeat (one document reporting an event twice); the primary key keeps one.
        await writer.InsertAsync(
            "event_record_sources",
            EventSourceColumns,
            grouping.EventRecords
                .SelectMany(e => e.Sources.Select(s => (Record: e.Id, s.DocumentId, s.Ordinal, s.Site)))
                .DistinctBy(s => (s.Record, s.DocumentId, s.Ordinal))
                .Select(s => new object?[] { s.Record, s.DocumentId, s.Ordinal, s.Site }),
            cancellationToken);
        await writer.InsertAsync(
            "count_records",
            CountRecordColumns,
            grouping.CountRecords.Select(c => new object?[] { c.Id, c.ClusterId, c.Type, c.Counted, c.Number, c.Conflicting }),
            cancellationToken);
        await writer.InsertAsync(
            "count_figures",
            CountFigureColumns,
            grouping.CountRecords.SelectMany(c => c.Figures.Select(f => new object?[]
            {
                c.Id, f.DocumentId, f.Ordinal, f.Number, f.Approximate, f.Attribution, f.Site, f.Credible,
            })),
            cancellationToken);
        await writer.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The documents whose repost group, relation or story differs from what is stored, with their new values (the
    /// document id, then one value per <see cref="DocumentColumns"/> entry). Only these rows are written: an engine
    /// rewrites a whole row (text included) to change one column, so writing every grouped document, or clearing all
    /// and writing them again, cost more than the rest of a consolidation; a consolidation that changes nothing
    /// writes nothing. Read under the grouping lock, so no other consolidation changes these columns meanwhile.
    /// </summary>
    private async Task<List<object?[]>> ChangedDocumentsAsync(CorpusGrouping grouping, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<long, DocumentGrouping>();
        foreach (var a in grouping.DuplicateGroups)
        {
            wanted[a.DocumentId] = new DocumentGrouping(a.GroupId, a.Syndicated, a.Relation, null);
        }

        foreach (var a in grouping.Clusters)
        {
            wanted[a.DocumentId] = wanted.GetValueOrDefault(a.DocumentId, DocumentGrouping.None) with { Cluster = a.GroupId };
        }

        var changed = new List<object?[]>();
        await foreach (var r in QueryRowsAsync(
            "SELECT id, duplicate_group, syndicated, duplicate_relation, cluster FROM documents WHERE duplicate_group IS NOT NULL OR cluster IS NOT NULL",
            null,
            cancellationToken))
        {
            var id = r.GetInt64(0);
            var stored = new DocumentGrouping(
                r.IsDBNull(1) ? null : r.GetInt64(1), !r.IsDBNull(2) && r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4));
            var value = wanted.Remove(id, out var w) ? w : DocumentGrouping.None;
            if (value != stored)
            {
                changed.Add(value.Row(id));
            }
        }

        // What is left was ungrouped before.
        changed.AddRange(wanted.Where(w => w.Value != DocumentGrouping.None).Select(w => w.Value.Row(w.Key)));
        changed.Sort((a, b) => ((long)a[0]!).CompareTo((long)b[0]!));
        return changed;
    }

    /// <summary>Opens the grouping transaction (and takes whatever lock keeps two consolidations from interleaving).</summary>
    private protected abstract Task<GroupingWriter> BeginGroupingAsync(CancellationToken cancellationToken);
}

/// <summary>The grouping columns of one document.</summary>
internal readonly record struct DocumentGrouping(long? Group, bool Syndicated, string? Relation, long? Cluster)
{
    public static DocumentGrouping None => default;

    public object?[] Row(long id) => [id, Group, Syndicated, Relation, Cluster];
}
