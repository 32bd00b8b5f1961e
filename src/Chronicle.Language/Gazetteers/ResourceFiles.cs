using System.IO.Compression;
using System.Text;

namespace Chronicle.Language.Gazetteers;

/// <summary>Reads the gzipped resources embedded in this assembly.</summary>
internal static class ResourceFiles
{
    public static Stream Open(string name)
    {
        var assembly = typeof(ResourceFiles).Assembly;
        return assembly.GetManifestResourceStream("Chronicle.Language.Resources." + name)
            ?? throw new FileNotFoundException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
    }

    public static Stream? TryOpen(string name) =>
        typeof(ResourceFiles).Assembly.GetManifestResourceStream("Chronicle.Language.Resources." + name);

    /// <summary>The tab-separated rows of a gzipped table, comment lines skipped.</summary>
    public static IEnumerable<string[]> ReadTable(string name) => ReadRows(new GZipStream(Open(name), CompressionMode.Decompress));

    /// <summary>The tab-separated rows of a text stream (disposed at the end), empty and comment (#) lines skipped.</summary>
    public static IEnumerable<string[]> ReadRows(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
