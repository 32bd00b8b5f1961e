using System.Reflection;
using Xunit;

namespace Chronicle.Testing;

/// <summary>Finds the repository root, its examples and the <c>../shared</c> folder beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>The shared data folder (<c>CHRONICLE_SHARED</c> or <c>../shared</c>), or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CHRONICLE_SHARED");
            var path = string.IsNullOrEmpty(configured) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : configured;
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A path under the shared folder; the test is skipped with a clear message when it is missing.</summary>
    public static string RequireShared(params string[] parts)
    {
        var shared = Shared;
        Skip.If(shared is null, "../shared is not present beside the repository; this test needs its data.");
        var path = Path.Combine([shared!, .. parts]);
        Skip.If(!File.Exists(path) && !Directory.Exists(path), $"{path} is missing from ../shared.");
        return path;
    }

    private static string FindRoot()
    {
        var built = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Chronicle.slnx")))
        {
            return built;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
