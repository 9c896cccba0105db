using System.Diagnostics;
using System.Text.Json;
using Coprod.Bench.EndToEnd;
using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Bench.Watch;

/// <summary>
/// P4, <c>hotspots-numpy</c>: Getis-Ord Gi* on a million seeded points over the Grenoble area
/// (<see cref="HotspotAnalysis.Run"/>, queen neighbourhood, no boundary) against the same formula,
/// grid and neighbourhood written with numpy (<c>Watch/gi_star.py</c>), run by Debian's python3.
/// Both sides start from the points already in memory (the bench's array; numpy's two arrays read
/// from the file the bench writes): interpreter start, file reading and writing the results are
/// outside the timings. Each side runs once untimed, then <c>--repeats</c> timed runs, timed both in
/// elapsed time and in CPU time of its own process; the medians are compared, and every cell's
/// z-score must agree to 1e-9. numpy runs on one thread; Coprod counts a large input's points in two
/// halves on two threads, so its elapsed time can be shorter than its CPU time. On a shared machine
/// elapsed times count the waits for a core that other work holds: compare CPU times first.
/// </summary>
internal static class HotspotsNumpyRun
{
    private const double CentreLon = 5.724, CentreLat = 45.188, HalfSide = 12_000;
    private const double MetresPerDegreeLat = 111_132;
    private const double SpeedTarget = 5, Tolerance = 1e-9;
    private const int WarmUpRuns = 5;

    /// <summary>Debian's interpreter, where python3-numpy installs numpy (another python3 may come first on the PATH).</summary>
    private const string Python = "/usr/bin/python3";

    private static readonly double MetresPerDegreeLon = 111_320 * Math.Cos(CentreLat * Math.PI / 180);

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var count = args.Int("points", 1_000_000);
        var cell = args.Double("cell", 100);
        var repeats = args.Int("repeats", 21);
        args.RefuseUnknown();

        var scratch = BenchPaths.NewScratchFolder("hotspots-numpy");
        Console.WriteLine($"# P4 hotspots: Gi* on {count:N0} points, {cell} m cells, queen neighbourhood; {repeats} timed runs per side after untimed ones");
        Console.WriteLine($"# machine: {MachineLoad.Describe()}; numpy on one thread, Coprod on up to two; files in {scratch}");
        var points = Points(count);
        var file = Path.Combine(scratch, "points.bin");
        await using (var output = File.Create(file))
        {
            var pairs = new double[points.Length * 2];
            for (var i = 0; i < points.Length; i++)
            {
                (pairs[2 * i], pairs[2 * i + 1]) = (points[i].Longitude, points[i].Latitude);
            }
            await output.WriteAsync(System.Runtime.InteropServices.MemoryMarshal.AsBytes(pairs.AsSpan()).ToArray());
        }

        var options = new HotspotOptions(cell);
        // Untimed runs first, as numpy's one: the JIT compiles what the first call runs, then optimises again.
        var result = HotspotAnalysis.Run(points, options);
        for (var i = 0; i < WarmUpRuns; i++)
        {
            HotspotAnalysis.Run(points, options);
            GiStarOnly(points, cell);
        }
        var coprod = Time(repeats, () => HotspotAnalysis.Run(points, options));
        var core = Time(repeats, () => GiStarOnly(points, cell));
        Console.WriteLine($"Coprod HotspotAnalysis.Run: {result.Grid.Columns} × {result.Grid.Rows} cells, {result.PointsUsed:N0} points; {coprod}");
        Console.WriteLine($"Coprod grid and Gi* alone (no outlines, p-values or classes): {core}");

        var python = await RunPythonAsync(file, cell, repeats, Path.Combine(scratch, "numpy"));
        Console.WriteLine($"numpy {python.Numpy} (python {python.Python}): {python.Columns} × {python.Rows} cells; {python.Timing}");

        var (compared, maxDiff, countMismatches) = Compare(result, python, Path.Combine(scratch, "numpy"));
        var (speed, elapsedSpeed) = (python.Timing.Cpu / core.Cpu, python.Timing.Elapsed / core.Elapsed);
        var table = new ResultTable($"P4 hotspots, Gi* on {count:N0} points, {cell} m cells ({result.Grid.Columns} × {result.Grid.Rows})");
        table.Add("Gi* (grid and z, numpy's scope), CPU time, median", $"{core.Cpu:0.0} ms", $"{python.Timing.Cpu:0.0} ms (numpy)", speed,
            $"≥ {SpeedTarget} (C# faster)", speed >= SpeedTarget);
        table.Add("  the same, elapsed time, median", $"{core.Elapsed:0.0} ms", $"{python.Timing.Elapsed:0.0} ms", elapsedSpeed,
            $"≥ {SpeedTarget} (C# faster)", elapsedSpeed >= SpeedTarget);
        table.Note("  whole HotspotAnalysis.Run (also every cell's outline and centre in WGS84, p-value, class)",
            $"{coprod.Cpu:0.0} ms CPU, {coprod.Elapsed:0.0} ms elapsed: {python.Timing.Cpu / coprod.Cpu:0.00} and {python.Timing.Elapsed / coprod.Elapsed:0.00}");
        table.Add($"largest |z(C#) − z(numpy)| over {compared:N0} cells", maxDiff.ToString("0.0e+0", System.Globalization.CultureInfo.InvariantCulture),
            $"{countMismatches} cells with another count", null, $"≤ {Tolerance:0e+0}", maxDiff <= Tolerance && countMismatches == 0);
        table.Print(Console.Out);
        return 0;
    }

    /// <summary>1,000,000 seeded points over 24 × 24 km around Grenoble: two fifths uniform, three fifths in twelve clusters of 150 to 600 m.</summary>
    private static WatchPoint[] Points(int count)
    {
        var random = new Random(20261122);
        var clusters = Enumerable.Range(0, 12)
            .Select(_ => (X: (random.NextDouble() - 0.5) * 20_000, Y: (random.NextDouble() - 0.5) * 20_000, Sigma: 150 + random.NextDouble() * 450))
            .ToArray();
        var points = new WatchPoint[count];
        for (var i = 0; i < count; i++)
        {
            double x, y;
            if (i % 5 < 3)
            {
                var (cx, cy, sigma) = clusters[i % clusters.Length];
                (x, y) = (Math.Clamp(cx + Gaussian(random) * sigma, -HalfSide, HalfSide), Math.Clamp(cy + Gaussian(random) * sigma, -HalfSide, HalfSide));
            }
            else
            {
                (x, y) = ((random.NextDouble() * 2 - 1) * HalfSide, (random.NextDouble() * 2 - 1) * HalfSide);
            }
            points[i] = new WatchPoint(CentreLon + x / MetresPerDegreeLon, CentreLat + y / MetresPerDegreeLat);
        }
        return points;
    }

    /// <summary>What numpy does, in Coprod's code: the grid with its points placed and tallied, and Gi*.</summary>
    private static double GiStarOnly(WatchPoint[] points, double cell)
    {
        var grid = AnalysisGrid.Build(points, cell, null);
        var (_, values) = grid.Tally();
        return GetisOrd.Compute(values, grid.Analysed, grid.Columns, grid.Rows, GetisOrd.Offsets(Math.Sqrt(2))).Mean;
    }

    /// <summary>Medians of the runs' elapsed and CPU times, in milliseconds, and every run's CPU time.</summary>
    private sealed record Timing(double Elapsed, double Cpu, IReadOnlyList<double> CpuRuns)
    {
        public static Timing Of(IReadOnlyList<double> elapsed, IReadOnlyList<double> cpu) => new(new Latencies(elapsed).P50, new Latencies(cpu).P50, cpu);

        public override string ToString() =>
            $"median {Cpu:0} ms CPU, {Elapsed:0} ms elapsed (CPU of each run: {string.Join(", ", CpuRuns.Select(m => m.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms)";
    }

    /// <summary>Elapsed and CPU time (of the whole process: the runtime's GC and JIT threads count) of each run.</summary>
    private static Timing Time(int repeats, Func<object> run)
    {
        var (elapsed, cpu) = (new List<double>(), new List<double>());
        for (var i = 0; i < repeats; i++)
        {
            var cpuStart = ProcessCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(run());
            elapsed.Add(clock.Elapsed.TotalMilliseconds);
            cpu.Add(ProcessCpu.Milliseconds() - cpuStart);
        }
        return Timing.Of(elapsed, cpu);
    }

    private sealed record PythonRun(int Columns, int Rows, Timing Timing, string Numpy, string Python);

    private static async Task<PythonRun> RunPythonAsync(string points, double cell, int repeats, string outPrefix)
    {
        var script = Path.Combine(BenchPaths.Root, "bench", "Coprod.Bench", "Watch", "gi_star.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, points, cell.ToString(System.Globalization.CultureInfo.InvariantCulture), repeats.ToString(System.Globalization.CultureInfo.InvariantCulture), outPrefix })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"gi_star.py failed (is python3-numpy installed? `apt-get install -y python3-numpy`):{Environment.NewLine}{await errors}");
        }
        using var json = JsonDocument.Parse(await output);
        var root = json.RootElement;
        List<double> Milliseconds(string name) => root.GetProperty(name).EnumerateArray().Select(s => s.GetDouble() * 1000).ToList();
        return new PythonRun(root.GetProperty("columns").GetInt32(), root.GetProperty("rows").GetInt32(), Timing.Of(Milliseconds("seconds"), Milliseconds("cpu_seconds")),
            root.GetProperty("numpy").GetString()!, root.GetProperty("python").GetString()!);
    }

    /// <summary>Every cell's z and count against numpy's: cells compared, largest z difference, cells whose count differs.</summary>
    private static (int Compared, double MaxDiff, int CountMismatches) Compare(HotspotResult result, PythonRun python, string outPrefix)
    {
        if (python.Columns != result.Grid.Columns || python.Rows != result.Grid.Rows)
        {
            throw new InvalidOperationException($"numpy's grid is {python.Columns} × {python.Rows}, Coprod's {result.Grid.Columns} × {result.Grid.Rows}.");
        }
        var z = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(File.ReadAllBytes(outPrefix + ".z.bin")).ToArray();
        var counts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, long>(File.ReadAllBytes(outPrefix + ".counts.bin")).ToArray();
        var (maxDiff, mismatches) = (0.0, 0);
        foreach (var c in result.Cells)
        {
            var k = c.Row * python.Columns + c.Column;
            maxDiff = Math.Max(maxDiff, Math.Abs(c.Z - z[k]));
            mismatches += counts[k] == c.Count ? 0 : 1;
        }
        return (result.Cells.Count, result.Cells.Count == z.Length ? maxDiff : double.PositiveInfinity, mismatches);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
