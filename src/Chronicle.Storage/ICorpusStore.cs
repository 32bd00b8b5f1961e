namespace Chronicle.Storage;

/// <summary>
/// A corpus of analysed documents: ingest writes it, queries and exports read it. Implementations (SQLite, the
/// embedded default; PostgreSQL for scale-out) keep the same schema version and the same semantics: writes are
/// idempotent by content hash and by source key, and a batch is one transaction, so a killed ingest loses at most
/// the batch in flight and a restarted one adds nothing twice. Instances are safe to share across threads.
/// </summary>
public interface ICorpusStore : IAsyncDisposable
{
    /// <summary>The location the store was opened from, as given (a path, <c>sqlite:</c> or <c>postgres://</c> URI).</summary>
    string Location { get; }

    /// <summary>The schema version this code writes; the store is migrated to it when opened.</summary>
    int SchemaVersion { get; }

    /// <summary>Of <paramref name="sourceKeys"/>, those already ingested or recorded as failed, so a resumed run skips them.</summary>
    Task<IReadOnlySet<string>> FindDoneSourcesAsync(IReadOnlyCollection<string> sourceKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes documents and error records in one transaction. A document whose content hash is already stored is not
    /// written again; its source key is still recorded as done.
    /// </summary>
    Task<WriteResult> WriteBatchAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<IngestError> errors, long? runId = null, CancellationToken cancellationToken = default);

    /// <summary>Records the start of an ingest run and returns its id.</summary>
    Task<long> BeginRunAsync(string sources, CancellationToken cancellationToken = default);

    /// <summary>Records the totals of an ingest run (called as it progresses and when it ends).</summary>
    Task UpdateRunAsync(long runId, long seen, long added, long unchanged, long failed, bool finished, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IngestRun>> RunsAsync(int limit = 20, CancellationToken cancellationToken = default);

    Task<CorpusStats> StatsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IngestErrorRecord>> ErrorsAsync(int limit = 100, CancellationToken cancellationToken = default);

    Task<DocumentSummary?> GetDocumentAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The document's contract JSON exactly as written at ingest, or null.</summary>
    Task<string?> GetDocumentJsonAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every document's contract JSON in id order (streamed: memory stays flat).</summary>
    IAsyncEnumerable<StoredDocumentJson> DocumentsJsonAsync(CancellationToken cancellationToken = default);

    IAsyncEnumerable<DocumentFeatures> DocumentFeaturesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every document's plain text in id order (streamed: memory stays flat).</summary>
    IAsyncEnumerable<StoredText> DocumentTextsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored event, by document then ordinal; <paramref name="actor"/> keeps events with that actor code or name on either side.</summary>
    IAsyncEnumerable<StoredEvent> EventsAsync(string? actor = null, CancellationToken cancellationToken = default);

    IAsyncEnumerable<StoredCount> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces duplicate groups, clusters, event records and count records with <paramref name="grouping"/>.</summary>
    Task ReplaceGroupingAsync(CorpusGrouping grouping, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EntitySummary>> TopEntitiesAsync(int limit, string? type = null, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or alias matches <paramref name="name"/> (case-insensitive, whole words), most frequent first.</summary>
    Task<IReadOnlyList<EntitySummary>> FindEntitiesAsync(string name, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>Documents naming the entity, oldest first (documents without a date last).</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string name, int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>Actor-to-actor edges; with <paramref name="actor"/>, only edges touching that actor (code or name).</summary>
    Task<IReadOnlyList<NetworkEdge>> NetworkAsync(string? actor = null, int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>Story clusters with two or more reports, largest first.</summary>
    Task<IReadOnlyList<ClusterSummary>> ClustersAsync(int limit = 100, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DuplicateGroup>> DuplicateGroupsAsync(int limit = 100, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EventRecord>> EventRecordsAsync(long? clusterId = null, int limit = 1000, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CountRecord>> CountRecordsAsync(long? clusterId = null, int limit = 1000, CancellationToken cancellationToken = default);
}
