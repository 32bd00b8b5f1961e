using Chronicle.Analysis;
using Chronicle.Annotations;

namespace Chronicle.Corpus.Sources;

/// <summary>
/// Streams the articles of files and directories, whatever their format, one <see cref="RawInput"/> at a time.
/// Directories are walked lazily in ordinal order, one level at a time, so a huge tree is never listed whole.
/// </summary>
public static class SourceReader
{
    public static IEnumerable<RawInput> Read(IEnumerable<string> paths, SourceLimits limits, ByteCounter? consumed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(limits);
        consumed ??= new ByteCounter();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var format = SourceFormats.Of(file);
                    if (format == SourceFormat.Skip)
                    {
                        consumed.Add(SafeLength(file));
                        continue;
                    }

                    foreach (var input in ReadFile(file, format, limits, consumed, cancellationToken))
                    {
                        yield return input;
                    }
                }
            }
            else if (File.Exists(path))
            {
                var format = SourceFormats.Of(path);
                foreach (var input in ReadFile(path, format == SourceFormat.Skip ? SourceFormat.Text : format, limits, consumed, cancellationToken))
                {
                    yield return input;
                }
            }
            else
            {
                yield return RawInput.Failed(path, "no such file or directory");
            }
        }
    }

    /// <summary>Total bytes of the inputs, for progress and ETA.</summary>
    public static long TotalBytes(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        long total = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path))
                {
                    total += SafeLength(file);
                }
            }
            else if (File.Exists(path))
            {
                total += SafeLength(path);
            }
        }

        return total;
    }

    /// <summary>Files under <paramref name="root"/>, ordinal order, hidden entries skipped.</summary>
    public static IEnumerable<string> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] files;
            string[] subdirectories;
            try
            {
                files = Directory.GetFiles(directory, "*", options);
                subdirectories = Directory.GetDirectories(directory, "*", options);
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!Path.GetFileName(file).StartsWith('.'))
                {
                    yield return file;
                }
            }

            Array.Sort(subdirectories, StringComparer.Ordinal);
            for (var i = subdirectories.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(subdirectories[i]).StartsWith('.'))
                {
                    pending.Push(subdirectories[i]);
                }
            }
        }
    }

    private static IEnumerable<RawInput> ReadFile(string path, SourceFormat format, SourceLimits limits, ByteCounter consumed, CancellationToken cancellationToken) =>
        format switch
        {
            SourceFormat.Warc => WarcReader.Read(path, limits, consumed, cancellationToken),
            SourceFormat.JsonLines => JsonLinesReader.Read(path, limits, consumed, cancellationToken),
            SourceFormat.Feed => FeedReader.Read(path, limits, consumed, cancellationToken),
            _ => [ReadWhole(path, format == SourceFormat.Html ? InputKind.Html : InputKind.Text, limits, consumed)],
        };

    private static RawInput ReadWhole(string path, InputKind kind, SourceLimits limits, ByteCounter consumed)
    {
        var key = Path.GetFullPath(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

            // Read one byte past the cap so the extractor sees the input is too large and says so.
            var length = (int)Math.Min(stream.Length, limits.MaxDocumentBytes + 1L);
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            consumed.Add(stream.Length);
            return new RawInput(key, kind, new DocumentSource(path)) { Bytes = bytes };
        }
        catch (IOException ex)
        {
            consumed.Add(SafeLength(path));
            return RawInput.Failed(key, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return RawInput.Failed(key, ex.Message);
        }
    }

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
