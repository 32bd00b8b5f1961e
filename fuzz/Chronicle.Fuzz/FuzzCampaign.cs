namespace Chronicle.Fuzz;

/// <summary>Replays the seeds, then <c>iterations</c> seeded mutations of them, through one target.</summary>
public static class FuzzCampaign
{
    /// <param name="budget">
    /// Stops early (after a prefix of the same deterministic sequence) when this much time has passed, so a slow stage
    /// cannot make the test suite slow; any failure found is still reproducible from the seed and iteration.
    /// </param>
    /// <returns>The first failure, or null when every input ran cleanly.</returns>
    public static FuzzFailure? Run(FuzzTarget target, IReadOnlyList<byte[]> corpus, int iterations, int seed, TimeSpan? budget = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(corpus);
        for (var i = 0; i < corpus.Count; i++)
        {
            if (Try(target, corpus[i]) is { } exception)
            {
                return new FuzzFailure(-1 - i, corpus[i], exception);
            }
        }

        var mutator = new DeterministicMutator(seed);
        var empty = Array.Empty<byte>();
        for (var i = 0; i < iterations; i++)
        {
            if (budget is { } limit && System.Diagnostics.Stopwatch.GetElapsedTime(started) > limit)
            {
                break;
            }

            var parent = corpus.Count == 0 ? empty : corpus[i % corpus.Count];
            var input = mutator.Mutate(parent, corpus);
            if (Try(target, input) is { } exception)
            {
                return new FuzzFailure(i, input, exception);
            }
        }

        return null;
    }

    private static Exception? Try(FuzzTarget target, byte[] input)
    {
        try
        {
            target.Run(input);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
