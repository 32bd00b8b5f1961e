using System.Globalization;

namespace Chronicle.Bench.Throughput;

/// <summary>Peak resident memory of this process (Linux <c>VmHWM</c>), resettable between passes.</summary>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";

    /// <summary>True when the peak could be reset, so each pass reports its own peak rather than the run's.</summary>
    public static bool Reset()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Peak resident set in bytes, or the working set where /proc is unavailable.</summary>
    public static long PeakBytes() => Read("VmHWM:");

    /// <summary>Current resident set in bytes, or the working set where /proc is unavailable.</summary>
    public static long CurrentBytes() => Read("VmRSS:");

    /// <summary>
    /// Resident memory now and at peak, and what the managed heap holds of it: live objects, memory the collector keeps
    /// committed, large objects (only gen-2 collections free them) and threads (each may hold per-thread caches).
    /// </summary>
    public static string Describe()
    {
        var info = GC.GetGCMemoryInfo();
        var largeObjects = info.GenerationInfo.Length > 3 ? info.GenerationInfo[3].SizeAfterBytes : 0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"RSS {Mb(CurrentBytes())} MB, peak RSS {Mb(PeakBytes())} MB, managed heap {Mb(GC.GetTotalMemory(false))} MB (committed {Mb(info.TotalCommittedBytes)} MB, large objects {Mb(largeObjects)} MB), {System.Diagnostics.Process.GetCurrentProcess().Threads.Count} threads");
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

    private static long Read(string field)
    {
        if (File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var digits = line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim();
                    return long.Parse(digits, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        return Environment.WorkingSet;
    }
}
