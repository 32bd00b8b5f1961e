using System.Runtime.InteropServices;

namespace Chronicle.Bench.Cold;

/// <summary>
/// CPU time (user + system) of this process's finished, reaped children, from <c>getrusage(RUSAGE_CHILDREN)</c>. The
/// difference across one CLI run is what that run cost, however busy the machine was; null off Linux.
/// </summary>
internal static partial class ChildCpu
{
    private const int RusageChildren = -1;

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return GetRusage(RusageChildren, out var usage) == 0
                ? TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicroseconds + usage.SystemMicroseconds)
                : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>The head of <c>struct rusage</c> (two timevals) and room for the 14 longs that follow.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private unsafe fixed long _rest[14];
    }
}
