using Chronicle.Corpus.Export.Gdelt;
using Chronicle.Json;
using Chronicle.Storage;

namespace Chronicle.Corpus.Export;

/// <summary>
/// GDELT exports of a corpus through the events layer's writers: Events 2.0 (61 columns, one row per event) and
/// GKG 2.1 (27 columns, one record per document). In the events export a syndicated or reposted copy adds no rows
/// of its own: the canonical copy's rows count it in NumMentions, NumSources and NumArticles.
/// </summary>
public static class GdeltExport
{
    public static async Task<long> WriteAsync(ICorpusStore store, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        if (format is not (ExportFormat.GdeltEvents or ExportFormat.GdeltGkg))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Not a GDELT format.");
        }

        var added = DateTimeOffset.UtcNow;
        var copies = format == ExportFormat.GdeltEvents ? await CopiesAsync(store, cancellationToken) : [];
        await using var writer = new StreamWriter(output, leaveOpen: true) { NewLine = "\n" };
        long rows = 0;
        long nextEventId = 1;
        var sequence = 0;
        await foreach (var stored in store.DocumentsJsonAsync(cancellationToken))
        {
            var document = DocumentJsonReader.Read(stored.Json);
            if (format == ExportFormat.GdeltGkg)
            {
                GkgWriter.Write(writer, document, ++sequence, added);
                rows++;
                continue;
            }

            var copy = copies.GetValueOrDefault(stored.Id);
            if (copy is { IsCanonical: false })
            {
                continue;
            }

            foreach (var row in GdeltEventWriter.ToRows(document, nextEventId, added))
            {
                nextEventId++;
                GdeltEventWriter.Write(writer, copy is null ? row : row with { NumMentions = copy.Articles, NumSources = copy.Sites, NumArticles = copy.Articles });
                rows++;
            }
        }

        return rows;
    }

    /// <summary>For each document in a duplicate group: whether it is the canonical copy, and how many articles and sites carry it.</summary>
    private static async Task<Dictionary<long, Copy>> CopiesAsync(ICorpusStore store, CancellationToken cancellationToken)
    {
        var copies = new Dictionary<long, Copy>();
        foreach (var group in await store.DuplicateGroupsAsync(int.MaxValue, cancellationToken))
        {
            var sites = group.Members.Select(m => m.Site ?? m.Url ?? m.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Distinct(StringComparer.OrdinalIgnoreCase).Count();
            foreach (var member in group.Members)
            {
                copies[member.DocumentId] = new Copy(member.DocumentId == group.Canonical, group.Members.Count, sites);
            }
        }

        return copies;
    }

    private sealed record Copy(bool IsCanonical, int Articles, int Sites);
}
