using Chronicle.Analysis;
using Chronicle.Annotations;
using Chronicle.Fuzz;
using Chronicle.Testing;

namespace Chronicle.Robustness.Tests;

/// <summary>
/// Inputs that once crashed a fuzz target. <c>Regressions/TARGET/</c> holds fixed ones: each must run cleanly through
/// its target. <c>Regressions/open/TARGET/</c> holds ones still open in the layer that owns the code: until fixed, each
/// must at least become an error record through the analyzer, never an exception that stops a batch.
/// </summary>
public sealed class RegressionTests
{
    private const string Open = "open";
    private static readonly string Root = Path.Combine(RepoPaths.Root, "tests", "Chronicle.Robustness.Tests", "Regressions");

    [Fact]
    public void Every_former_crash_now_runs_cleanly_through_its_target()
    {
        var failures = new List<string>();
        foreach (var folder in Folders(Root).Where(f => Path.GetFileName(f) != Open))
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

    [Fact]
    public void Open_crashes_become_error_records_through_the_analyzer_not_exceptions()
    {
        foreach (var folder in Folders(Path.Combine(Root, Open)))
        {
            Assert.NotNull(FuzzTargets.Find(Path.GetFileName(folder)));
            var kind = Path.GetFileName(folder) == "html" ? InputKind.Html : InputKind.Text;
            foreach (var file in Directory.GetFiles(folder))
            {
                var document = ChronicleAnalyzer.Default.Analyze(File.ReadAllBytes(file), kind, new DocumentSource(file));
                DocumentInvariants.Check(document);
            }
        }
    }

    private static string[] Folders(string root) => Directory.Exists(root) ? Directory.GetDirectories(root) : [];
}
