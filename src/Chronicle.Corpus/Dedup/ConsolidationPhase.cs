using System.Diagnostics;

namespace Chronicle.Corpus.Dedup;

/// <summary>How long one step of a consolidation took: wall-clock time and the process's CPU time (all threads).</summary>
public sealed record ConsolidationPhase(string Name, TimeSpan Wall, TimeSpan Cpu);

/// <summary>Times consecutive steps into a list (nothing when there is no list).</summary>
internal sealed class PhaseClock(ICollection<ConsolidationPhase>? phases)
{
    private long _started = Stopwatch.GetTimestamp();
    private TimeSpan _cpu = phases is null ? TimeSpan.Zero : Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Ends the step running since the last call (or since construction) under <paramref name="name"/>.</summary>
    public void Lap(string name)
    {
        if (phases is null)
        {
            return;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        phases.Add(new ConsolidationPhase(name, Stopwatch.GetElapsedTime(_started), cpu - _cpu));
        _started = Stopwatch.GetTimestamp();
        _cpu = cpu;
    }
}
