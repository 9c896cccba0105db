using System.Diagnostics;
using System.Globalization;
using Coprod.Bench.EndToEnd;
using Npgsql;

namespace Coprod.Bench.Events;

/// <summary>
/// P1, <c>ingest</c>: events per second through the real ingest API of a running Coprod web instance
/// on PostgreSQL (API key, idempotency key, validation, placement, personal-data check, routing,
/// durable commit, answer), against the same rows written by Npgsql alone from the bench process:
/// single <c>POST …/events</c> against single-row autocommit <c>INSERT</c>s at the same concurrency,
/// and one <c>POST …/events/batch</c> against one binary <c>COPY</c>. Warm-up calls are not counted;
/// each round measures the API and then its baseline, and the table gives the medians. Beside the
/// rates, the CPU each side cost per event (the web instance and PostgreSQL for the API, the Npgsql
/// client and PostgreSQL for the baseline): on a shared machine, the ratio of those moves less.
/// </summary>
internal static class IngestRun
{
    private const double SingleTarget = 0.6, BatchTarget = 0.5;

    /// <summary>One side of a round: its rate, events per second, and the CPU it cost per event, in milliseconds.</summary>
    private sealed record Side(double Rate, double CpuPerEvent)
    {
        /// <summary>The API's side: its CPU is the web instance's and PostgreSQL's (the bench only sends).</summary>
        public static Side Api(int events, TimeSpan elapsed, MachineLoad.Usage usage) =>
            new(events / elapsed.TotalSeconds, 1000 * (usage.Processes["web"] + usage.Postgres) / events);

        /// <summary>The baseline's side: its CPU is the bench's (the Npgsql client doing the work) and PostgreSQL's.</summary>
        public static Side Raw(int events, TimeSpan elapsed, MachineLoad.Usage usage) =>
            new(events / elapsed.TotalSeconds, 1000 * (usage.Bench + usage.Postgres) / events);
    }

    private sealed record Round(Side Api, Side Baseline)
    {
        public double Ratio => Api.Rate / Baseline.Rate;

        public double CpuRatio => Baseline.CpuPerEvent / Api.CpuPerEvent;
    }

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var count = args.Int("events", 2_000);
        var concurrency = args.Int("concurrency", 8);
        var warmup = args.Int("warmup", 1_000);
        var batchSize = args.Int("batch", 10_000);
        var rounds = args.Int("rounds", 3);
        var routing = !args.Flag("no-routing");
        args.RefuseUnknown();

        var scratch = BenchPaths.NewScratchFolder("ingest");
        Console.WriteLine($"# P1 ingest: {count:N0} single reports at concurrency {concurrency}, batches of {batchSize:N0}, {rounds} rounds, " +
            $"warm-up {warmup:N0} reports and one batch of 1,000, routing {(routing ? "on (one immediate rule to one institution)" : "off")}");
        Console.WriteLine($"# machine: {MachineLoad.Describe()}; logs in {scratch}");
        await using var database = await BenchDatabase.CreateAsync();
        using var web = await WebInstance.StartAsync("web", database.ConnectionString, null, scratch);
        Console.WriteLine($"# {await database.DescribeAsync()}, database {database.Name}; web instance pid {web.Process.Id} at {web.BaseAddress}");
        var world = await BenchWorld.SeedAsync(database.ConnectionString, 1, 1);
        using (var setup = new HttpClient { BaseAddress = web.BaseAddress })
        {
            await world.ConfigureAsync(new CoprodApi(setup), routing);
        }
        await using var data = NpgsqlDataSource.Create(database.ConnectionString);
        await EventRows.CheckSchemaAsync(data);
        using var client = new IngestClient(web.BaseAddress, world);
        var run = new Runner(client, data, database, web);

        // Warm-up: both paths of the API and both baselines, once, uncounted.
        await client.PostAllAsync(Singles("p1w", warmup), concurrency);
        await Check(client.PostAsync(BenchReports.Batch("p1wb", 1_000, Category), batch: true), client);
        await RawInserts.InsertAsync(data, (await EventRows.ReadAsync(data, "p1w")).Select(EventRows.WithNewId).ToList(), concurrency);
        await RawInserts.CopyAsync(data, (await EventRows.ReadAsync(data, "p1wb")).Select(EventRows.WithNewId).ToList());

        var singles = new List<Round>();
        var batches = new List<Round>();
        for (var round = 1; round <= rounds; round++)
        {
            singles.Add(await run.SinglesAsync(round, Singles($"p1s{round}", count), concurrency));
            batches.Add(await run.BatchAsync(round, $"p1b{round}", BenchReports.Batch($"p1b{round}", batchSize, Category), batchSize));
        }

        var table = new ResultTable($"P1 ingest, median of {rounds} rounds");
        Add(table, $"POST …/events, {count:N0} reports, concurrency {concurrency}", "INSERT, autocommit", singles, SingleTarget);
        Add(table, $"POST …/events/batch, {batchSize:N0} reports", "binary COPY", batches, BatchTarget);
        table.Print(Console.Out);
        return 0;

        static string Category(int i) => BenchWorld.CategoryFor(i % 4);
        static List<byte[]> Singles(string prefix, int n) => Enumerable.Range(0, n).Select(i => BenchReports.Single(prefix, i, Category(i))).ToList();
    }

    private static void Add(ResultTable table, string measure, string baseline, IReadOnlyList<Round> rounds, double target)
    {
        var ratio = Median(rounds.Select(r => r.Ratio));
        table.Add(measure, $"{Median(rounds.Select(r => r.Api.Rate)):0} events/s", $"{Median(rounds.Select(r => r.Baseline.Rate)):0} events/s ({baseline})",
            ratio, $"≥ {target}", ratio >= target);
        table.Note("  CPU per event (web + PostgreSQL; Npgsql client + PostgreSQL)",
            $"{Median(rounds.Select(r => r.Api.CpuPerEvent)):0.00} ms against {Median(rounds.Select(r => r.Baseline.CpuPerEvent)):0.00} ms: " +
            $"{Median(rounds.Select(r => r.CpuRatio)):0.00}");
    }

    /// <summary>Measures the API, then the same rows through its baseline, printing each side's rate and CPU.</summary>
    private sealed class Runner(IngestClient client, NpgsqlDataSource data, BenchDatabase database, WebInstance web)
    {
        public async Task<Round> SinglesAsync(int round, List<byte[]> bodies, int concurrency)
        {
            var load = await MachineLoad.StartAsync([web.Process], database);
            var (elapsed, failed, durations) = await client.PostAllAsync(bodies, concurrency);
            var api = await load.ReportAsync();
            if (failed > 0)
            {
                throw new InvalidOperationException($"{failed} reports refused; first: {client.FirstError}");
            }
            var rows = await Stored(data, $"p1s{round}", bodies.Count);
            load = await MachineLoad.StartAsync([web.Process], database);
            var raw = await RawInserts.InsertAsync(data, rows.Select(EventRows.WithNewId).ToList(), concurrency);
            var baseline = await load.ReportAsync();
            var result = new Round(Side.Api(bodies.Count, elapsed, api), Side.Raw(bodies.Count, raw, baseline));
            Console.WriteLine($"round {round} single: API {result.Api.Rate:0} events/s ({new Latencies(durations).Summary()}), INSERT {result.Baseline.Rate:0} events/s, " +
                $"ratio {result.Ratio:0.00}; CPU per event {result.Api.CpuPerEvent:0.00} ms against {result.Baseline.CpuPerEvent:0.00} ms");
            Console.WriteLine($"  API: {api}");
            Console.WriteLine($"  INSERT: {baseline}");
            return result;
        }

        public async Task<Round> BatchAsync(int round, string prefix, byte[] body, int size)
        {
            var load = await MachineLoad.StartAsync([web.Process], database);
            var clock = Stopwatch.StartNew();
            await Check(client.PostAsync(body, batch: true), client);
            var elapsed = clock.Elapsed;
            var api = await load.ReportAsync();
            var rows = await Stored(data, prefix, size);
            load = await MachineLoad.StartAsync([web.Process], database);
            var copy = await RawInserts.CopyAsync(data, rows.Select(EventRows.WithNewId).ToList());
            var baseline = await load.ReportAsync();
            var result = new Round(Side.Api(size, elapsed, api), Side.Raw(size, copy, baseline));
            Console.WriteLine($"round {round} batch: API {elapsed.TotalMilliseconds:0} ms ({result.Api.Rate:0} events/s), COPY {copy.TotalMilliseconds:0} ms " +
                $"({result.Baseline.Rate:0} events/s), ratio {result.Ratio:0.00}; CPU per event {result.Api.CpuPerEvent:0.000} ms against {result.Baseline.CpuPerEvent:0.000} ms");
            Console.WriteLine($"  API: {api}");
            Console.WriteLine($"  COPY: {baseline}");
            return result;
        }
    }

    private static async Task Check(Task<bool> post, IngestClient client)
    {
        if (!await post)
        {
            throw new InvalidOperationException($"The API refused a batch: {client.FirstError}");
        }
    }

    private static async Task<List<object?[]>> Stored(NpgsqlDataSource data, string prefix, int expected)
    {
        var rows = await EventRows.ReadAsync(data, prefix);
        return rows.Count == expected
            ? rows
            : throw new InvalidOperationException($"{expected.ToString(CultureInfo.InvariantCulture)} reports sent, {rows.Count} stored under {prefix}.");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
