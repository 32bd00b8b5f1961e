namespace Chronicle.Storage;

/// <summary>An analysed document ready to be written, with what the store needs to keep it idempotent.</summary>
/// <param name="SourceKey">Where the input came from, unique per input (path, URL, or WARC file plus record offset).</param>
/// <param name="ContentHash">Hash of the normalised text (<see cref="ContentHash"/>): the same text is stored once.</param>
/// <param name="Json">The document in the <c>analyze --json</c> contract, kept so it can be served again exactly.</param>
/// <param name="SimHash">64-bit SimHash over word shingles, for near-duplicate search.</param>
public sealed record DocumentRecord(Document Document, string SourceKey, string ContentHash, string Json, ulong SimHash);
