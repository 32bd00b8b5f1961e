using System.Reflection;

namespace Chronicle.Events.Common;

/// <summary>Reads the tab-separated lookup tables embedded in this assembly (built by tools/events-resources.py).</summary>
internal static class ResourceTable
{
    /// <summary>Yields the fields of each non-comment line of the embedded table <paramref name="name"/>.</summary>
    public static IEnumerable<string[]> Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chronicle.Events." + name)
            ?? throw new InvalidOperationException($"Embedded table {name} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
