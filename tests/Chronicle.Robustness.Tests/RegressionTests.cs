using Chronicle.Fuzz;
using Chronicle.Testing;

namespace Chronicle.Robustness.Tests;

/// <summary>Every input that once crashed a target, kept as a file under <c>Regressions/TARGET/</c>, must now run cleanly.</summary>
public sealed class RegressionTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "tests", "Chronicle.Robustness.Tests", "Regressions");

    [Fact]
    public void Every_former_crash_now_runs_cleanly_through_its_target()
    {
        var failures = new List<string>();
        foreach (var folder in Folders())
        {
            var target = FuzzTargets.Find(Path.GetFileName(folder));
            Assert.True(target is not null, $"Regressions/{Path.GetFileName(folder)} names no fuzz target.");
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                try
                {
                    target.Run(File.ReadAllBytes(file));
                }
                catch (Exception ex)
                {
                    failures.Add($"{Path.GetRelativePath(Root, file)}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string[] Folders() => Directory.Exists(Root) ? Directory.GetDirectories(Root) : [];
}
