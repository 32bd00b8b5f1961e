using System.Globalization;
using Chronicle.Fuzz;
using Chronicle.Testing;

namespace Chronicle.Robustness.Tests;

/// <summary>
/// The bounded, deterministic fuzz run of CI: every target replays its seeds and a fixed number of seeded mutations,
/// and no exception may escape nor any span leave the text. CHRONICLE_FUZZ_ITERATIONS sets the count (and lifts the time budget) for longer local runs.
/// </summary>
public sealed class FuzzReplayTests
{
    private const int DefaultIterations = 2000;

    // Slow stages must not make the suite slow: each target gets this long, then stops after a deterministic prefix.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(8);

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Seeds_and_seeded_mutations_run_cleanly_through(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var corpus = SeedCorpus.Load(Path.Combine(RepoPaths.Root, "fuzz", "Chronicle.Fuzz", "Seeds"), name);
        Assert.NotEmpty(corpus);

        var failure = FuzzCampaign.Run(target, corpus, Iterations(), seed: 20241125, Environment.GetEnvironmentVariable("CHRONICLE_FUZZ_ITERATIONS") is null ? Budget : null);

        Assert.True(failure is null, failure is null ? null : Describe(name, failure));
    }

    [Fact]
    public void The_mutator_is_deterministic_for_a_seed()
    {
        byte[][] corpus = [[.. "<p>a \"quote\" said x</p>"u8]];
        var first = new DeterministicMutator(7);
        var second = new DeterministicMutator(7);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(first.Mutate(corpus[0], corpus), second.Mutate(corpus[0], corpus));
        }
    }

    private static int Iterations() =>
        int.TryParse(Environment.GetEnvironmentVariable("CHRONICLE_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : DefaultIterations;

    private static string Describe(string name, FuzzFailure failure)
    {
        // Keep the failing input so it can be added under Regressions/ as a test case.
        var saved = Path.Combine(Path.GetTempPath(), $"chronicle-fuzz-{name}-{failure.Iteration}.bin");
        File.WriteAllBytes(saved, failure.Input);
        return $"{name}: mutation {failure.Iteration} failed (input saved to {saved}): {failure.Exception}";
    }
}
