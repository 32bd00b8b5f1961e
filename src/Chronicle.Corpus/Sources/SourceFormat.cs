namespace Chronicle.Corpus.Sources;

/// <summary>How a file is read.</summary>
public enum SourceFormat
{
    /// <summary>Not an article (images, scripts, archives we do not read): skipped when met inside a directory.</summary>
    Skip,
    Text,
    Html,
    JsonLines,
    Feed,
    Warc,
}
