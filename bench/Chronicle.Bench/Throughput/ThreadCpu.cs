using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Chronicle.Bench.Throughput;

/// <summary>
/// CPU time of the calling thread. On a shared, loaded machine wall-clock time includes waiting for a core; CPU time
/// measures what the code itself costs, so per-stage figures stay comparable between runs.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Thread CPU time in <see cref="Stopwatch"/> ticks, or wall-clock ticks where the clock is unavailable.</summary>
    public static long Now()
    {
        if (!Available)
        {
            return Stopwatch.GetTimestamp();
        }

        ClockGetTime(ThreadCpuTimeClock, out var time);
        return (long)((time.Seconds * 1_000_000_000L + time.Nanoseconds) * (Stopwatch.Frequency / 1e9));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeClock, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
