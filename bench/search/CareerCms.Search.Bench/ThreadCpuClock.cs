using System.Runtime.InteropServices;

namespace CareerCms.Search.Bench;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so query costs can be told
/// apart from waiting for a core on a shared machine. Null elsewhere.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Milliseconds of CPU the current thread has used, or null when the platform cannot say.</summary>
    public static double? Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : null;
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
