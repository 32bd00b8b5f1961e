using Chronicle.Analysis.Guards;
using Chronicle.Testing;

namespace Chronicle.Analysis.Tests;

public sealed class RealPageDepthTests
{
    [SkippableFact]
    public void Real_news_pages_stay_far_below_the_nesting_limit_so_the_guard_never_misfires()
    {
        var folder = RepoPaths.RequireShared("data", "extraction-dev", "html");
        var deepest = 0;
        var deepestPage = string.Empty;
        foreach (var path in Directory.EnumerateFiles(folder, "*.html"))
        {
            var depth = MarkupDepth.Estimate(File.ReadAllBytes(path));
            if (depth > deepest)
            {
                (deepest, deepestPage) = (depth, Path.GetFileName(path));
            }
        }

        Assert.True(deepest * 4 < AnalyzerOptions.Default.MaxNestingDepth, $"{deepestPage} is estimated {deepest} deep.");
    }
}
