namespace Chronicle.Bench;

/// <summary>Finds the repository and the shared data folder beside it, from wherever the benchmark runs.</summary>
internal static class BenchPaths
{
    /// <summary>The repository root (the folder holding Chronicle.slnx), or null when run outside a checkout.</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary><c>CHRONICLE_SHARED</c>, else <c>../shared</c> beside the repository, or null when absent.</summary>
    public static string? Shared(string? configured = null)
    {
        configured ??= Environment.GetEnvironmentVariable("CHRONICLE_SHARED");
        var path = !string.IsNullOrEmpty(configured) ? configured : Root is null ? null : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return path is not null && Directory.Exists(path) ? path : null;
    }

    private static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }
}
