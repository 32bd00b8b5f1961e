namespace Chronicle.Corpus.Sources;

/// <summary>Chooses a reader by file name, sniffing <c>.xml</c> files for a feed root.</summary>
public static class SourceFormats
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".map", ".pdf",
        ".zip", ".tar", ".gz", ".bz2", ".xz", ".7z", ".woff", ".woff2", ".ttf", ".mp3", ".mp4", ".db", ".db-wal", ".db-shm",
    };

    public static SourceFormat Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (name.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.Warc;
        }

        var extension = Path.GetExtension(name);
        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.JsonLines;
        }

        if (extension.Equals(".rss", StringComparison.OrdinalIgnoreCase) || extension.Equals(".atom", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.Feed;
        }

        if (extension.Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return FeedReader.LooksLikeFeed(path) ? SourceFormat.Feed : SourceFormat.Text;
        }

        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.Html;
        }

        return Skipped.Contains(extension) ? SourceFormat.Skip : SourceFormat.Text;
    }
}
