using Chronicle.Storage;

namespace Chronicle.Corpus.Export;

/// <summary>GDELT Events 2.0 and GKG 2.1 exports of a corpus.</summary>
public static class GdeltExport
{
    public static Task<long> WriteAsync(ICorpusStore store, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        _ = cancellationToken;
        throw new NotSupportedException($"The {format} export is not available yet.");
    }
}
