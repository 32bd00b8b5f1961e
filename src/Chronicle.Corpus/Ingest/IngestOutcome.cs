using Chronicle.Storage;

namespace Chronicle.Corpus.Ingest;

/// <summary>One analysed input: a record to store, or the error to record instead.</summary>
public sealed record IngestOutcome(DocumentRecord? Record, IngestError? Error);
