using System.Diagnostics;
using Npgsql;

namespace Coprod.Bench.EndToEnd;

/// <summary>
/// What else ran while a figure was measured: the machine's cores and load average, and the CPU
/// time used over a window by each process of the run (the bench itself, the web instances, Redis),
/// by the PostgreSQL backends serving the run's database, and by the whole machine. On a 2-core
/// machine the load generator competes with the server; the split says by how much, and what is
/// left of the machine's total was other work.
/// </summary>
internal sealed class MachineLoad
{
    private readonly List<(string Name, Func<TimeSpan> Cpu, TimeSpan Start)> _processes = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly (long Busy, long Total) _machineStart = MachineTicks();
    private readonly string _database;
    private Dictionary<int, TimeSpan> _backends = [];

    private MachineLoad(string database) => _database = database;

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, load average {LoadAverage()} (1, 5, 15 min), .NET {Environment.Version}";

    /// <summary>Starts a window over the bench process, <paramref name="children"/> and the backends of <paramref name="database"/>.</summary>
    public static async Task<MachineLoad> StartAsync(IEnumerable<ChildProcess> children, BenchDatabase database)
    {
        var load = new MachineLoad(database.ConnectionString);
        var self = Process.GetCurrentProcess();
        load.Add(BenchName, () =>
        {
            self.Refresh();
            return self.TotalProcessorTime;
        });
        foreach (var child in children)
        {
            load.Add(child.Name, () => child.CpuTime);
        }
        load._backends = await BackendsAsync(load._database);
        return load;
    }

    /// <summary>CPU seconds used over a window: by each process of the run, by PostgreSQL for the run's database, and the whole machine's busy share.</summary>
    public sealed record Usage(double Wall, IReadOnlyDictionary<string, double> Processes, double Postgres, double? MachineBusy, string LoadAverage)
    {
        /// <summary>CPU seconds of the bench process itself.</summary>
        public double Bench => Processes[BenchName];

        public override string ToString()
        {
            var cores = Environment.ProcessorCount;
            string Share(double seconds) => $"{seconds:0.0} s ({100 * seconds / Wall / cores:0} %)";
            var parts = Processes.Select(p => $"{p.Key} {Share(p.Value)}").Append($"PostgreSQL for this database {Share(Postgres)}").ToList();
            if (MachineBusy is { } busy)
            {
                parts.Add($"whole machine {100 * busy:0} % busy");
            }
            return $"CPU over {Wall:0.0} s on {cores} cores: " + string.Join("; ", parts) + $"; load average now {LoadAverage}";
        }
    }

    private const string BenchName = "bench (load generator, clients)";

    /// <summary>Ends the window.</summary>
    public async Task<Usage> ReportAsync()
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var processes = _processes.ToDictionary(p => p.Name, p => (p.Cpu() - p.Start).TotalSeconds);
        // Backends opened during the window count from zero; those closed during it are lost (pools keep theirs open).
        var backends = (await BackendsAsync(_database)).Sum(b => (b.Value - _backends.GetValueOrDefault(b.Key)).TotalSeconds);
        var (busy, total) = MachineTicks();
        double? machine = total > _machineStart.Total ? (double)(busy - _machineStart.Busy) / (total - _machineStart.Total) : null;
        return new Usage(wall, processes, backends, machine, LoadAverage());
    }

    private void Add(string name, Func<TimeSpan> cpu) => _processes.Add((name, cpu, cpu()));

    /// <summary>The CPU time so far of each server process connected to the database, this query's own excepted.</summary>
    private static async Task<Dictionary<int, TimeSpan>> BackendsAsync(string connectionString)
    {
        var cpu = new Dictionary<int, TimeSpan>();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            try
            {
                using var backend = Process.GetProcessById(reader.GetInt32(0));
                cpu[backend.Id] = backend.TotalProcessorTime;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone, or on another machine: not counted.
            }
        }
        return cpu;
    }

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
