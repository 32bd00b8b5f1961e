namespace Chronicle.Fuzz;

/// <summary>The seed inputs for a target: <c>Seeds/TARGET/*</c> plus <c>Seeds/common/*</c>, in a stable order.</summary>
public static class SeedCorpus
{
    public static IReadOnlyList<byte[]> Load(string seedsFolder, string target)
    {
        var files = new List<string>();
        foreach (var folder in new[] { Path.Combine(seedsFolder, target), Path.Combine(seedsFolder, "common") })
        {
            if (Directory.Exists(folder))
            {
                files.AddRange(Directory.GetFiles(folder));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return [.. files.Select(File.ReadAllBytes)];
    }
}
