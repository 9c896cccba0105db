using System.Runtime.InteropServices;

namespace Coprod.Bench.EndToEnd;

/// <summary>
/// CPU time of this whole process (every thread: the runtime's GC and JIT threads count) to the
/// nanosecond, from <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>: the clock Python's
/// <c>time.process_time()</c> reads. <see cref="System.Diagnostics.Process.TotalProcessorTime"/> counts
/// in the kernel's 10 ms ticks on Linux, too coarse for runs of a few milliseconds.
/// </summary>
internal static class ProcessCpu
{
    private const int ClockProcessCpuTimeId = 2;

    /// <summary>CPU time used by the process so far, in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (ClockGetTime(ClockProcessCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime failed ({Marshal.GetLastPInvokeError()})");
        }
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
