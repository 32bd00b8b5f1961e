namespace Chronicle.Storage.Relational;

/// <summary>A column of a table the grouping writes.</summary>
internal sealed record GroupingColumn(string Name, ColumnKind Kind);

/// <summary>
/// What writing a grouping needs of an engine: run a statement, set columns of documents by id, bulk-insert rows,
/// all in one transaction that <see cref="CommitAsync"/> ends (disposing without it rolls back).
/// </summary>
internal abstract class GroupingWriter : IAsyncDisposable
{
    public abstract Task ExecuteAsync(string sql, CancellationToken cancellationToken);

    /// <summary>Sets <paramref name="columns"/> of each document (rows: the document id, then one value per column).</summary>
    public abstract Task UpdateDocumentsAsync(IReadOnlyList<GroupingColumn> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);

    public abstract Task InsertAsync(string table, IReadOnlyList<GroupingColumn> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    public abstract Task CommitAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
