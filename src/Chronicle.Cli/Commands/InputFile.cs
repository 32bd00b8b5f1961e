namespace Chronicle.Cli.Commands;

/// <summary>One input named on the command line, or found under a named directory. <c>-</c> is standard input.</summary>
public sealed record InputFile(string Path)
{
    public const string StandardInputName = "-";

    public bool IsStandardInput => Path == StandardInputName;

    /// <summary>Expands directories recursively (in ordinal order, so output order is stable); reports missing paths.</summary>
    public static IEnumerable<(InputFile? File, string? Error)> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (path == StandardInputName)
            {
                yield return (new InputFile(path), null);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return (new InputFile(file), null);
                }
            }
            else if (File.Exists(path))
            {
                yield return (new InputFile(path), null);
            }
            else
            {
                yield return (null, $"{path}: no such file or directory");
            }
        }
    }
}
