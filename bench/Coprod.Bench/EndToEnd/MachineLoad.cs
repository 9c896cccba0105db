using System.Diagnostics;

namespace Coprod.Bench.EndToEnd;

/// <summary>
/// What else ran while a figure was measured: the machine's cores and load average, and the CPU
/// time each process of the run (the bench itself, the web instances, Redis) used over a window.
/// On a 2-core machine the load generator competes with the server; the split says by how much.
/// </summary>
internal sealed class MachineLoad
{
    private readonly List<(string Name, Func<TimeSpan> Cpu, TimeSpan Start)> _processes = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly (long Busy, long Total) _machineStart = MachineTicks();

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, load average {LoadAverage()} (1, 5, 15 min), .NET {Environment.Version}";

    /// <summary>Starts a window over the bench process and <paramref name="children"/>.</summary>
    public static MachineLoad Start(IEnumerable<ChildProcess> children)
    {
        var load = new MachineLoad();
        var self = Process.GetCurrentProcess();
        load.Add("bench (load generator, clients)", () =>
        {
            self.Refresh();
            return self.TotalProcessorTime;
        });
        foreach (var child in children)
        {
            load.Add(child.Name, () => child.CpuTime);
        }
        return load;
    }

    /// <summary>
    /// CPU seconds over the window and the share of the machine's cores they took, per process, then
    /// for the whole machine: what is left over is PostgreSQL and whatever else was running.
    /// </summary>
    public string Report()
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var cores = Environment.ProcessorCount;
        var ours = 0.0;
        var parts = new List<string>();
        foreach (var (name, cpu, start) in _processes)
        {
            var seconds = (cpu() - start).TotalSeconds;
            ours += seconds;
            parts.Add($"{name} {seconds:0.0} s ({100 * seconds / wall / cores:0} %)");
        }
        var (busy, total) = MachineTicks();
        if (total > _machineStart.Total)
        {
            var share = (double)(busy - _machineStart.Busy) / (total - _machineStart.Total);
            parts.Add($"whole machine {100 * share:0} % busy, of which PostgreSQL and everything else {Math.Max(0, 100 * share - 100 * ours / wall / cores):0} %");
        }
        return $"CPU over {wall:0.0} s on {cores} cores: " + string.Join("; ", parts) + $"; load average now {LoadAverage()}";
    }

    private void Add(string name, Func<TimeSpan> cpu) => _processes.Add((name, cpu, cpu()));

    /// <summary>Busy and total jiffies of all cores since boot (<c>/proc/stat</c>); idle and I/O wait are not busy.</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        return (total - fields[3] - fields[4], total);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
