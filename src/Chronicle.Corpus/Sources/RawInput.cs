using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Corpus.Sources;

/// <summary>
/// One article as a source yields it, before analysis: raw bytes (files, WARC payloads) or already decoded text
/// (JSON Lines, feeds), or the reason it could not be read.
/// </summary>
/// <param name="SourceKey">Unique and stable per input, so a resumed ingest can skip it (path, path#line, WARC record id).</param>
public sealed record RawInput(string SourceKey, InputKind Kind, DocumentSource Source)
{
    public byte[]? Bytes { get; init; }

    /// <summary>Decoded content, for sources that carry text rather than bytes.</summary>
    public string? Content { get; init; }

    /// <summary>Charset named by the transport (HTTP <c>Content-Type</c>), which outranks what the page declares.</summary>
    public string? Charset { get; init; }

    /// <summary>Publication date given by the source (feed item date, JSON Lines <c>date</c>, WARC date), used when the page has none.</summary>
    public string? Date { get; init; }

    /// <summary>Why the input could not be read; such an input becomes an error record.</summary>
    public string? Error { get; init; }

    /// <summary>Size in bytes for memory accounting.</summary>
    public long Size => Bytes?.LongLength ?? (Content?.Length ?? 0) * 2L;

    public static RawInput Failed(string sourceKey, string error) =>
        new(sourceKey, InputKind.Text, new DocumentSource(sourceKey)) { Error = error };
}
