namespace Chronicle.Corpus.Sources;

/// <summary>Opens a source file for one sequential pass; a file that cannot be opened is one error record, not a throw.</summary>
internal static class SourceFile
{
    /// <summary>
    /// Opens <paramref name="path"/> and hands the stream and the full path to <paramref name="read"/>, which owns the
    /// stream from then on (disposing it when its enumeration ends).
    /// </summary>
    public static IEnumerable<RawInput> Read(string path, Func<FileStream, string, IEnumerable<RawInput>> read)
    {
        var full = Path.GetFullPath(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [RawInput.Failed(full, ex.Message)];
        }

        return read(stream, full);
    }
}
