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
/// each round measures the API and then its baseline, and the table gives the medians.
/// </summary>
internal static class IngestRun
{
    private const double SingleTarget = 0.6, BatchTarget = 0.5;

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
            $"warm-up {warmup} reports and one batch of 1,000, routing {(routing ? "on (one immediate rule to one institution)" : "off")}");
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
        static string Category(int i) => BenchWorld.CategoryFor(i % 4);

        // Warm-up: both paths of the API and both baselines, once, uncounted.
        await client.PostAllAsync(Singles("p1w", warmup), concurrency);
        await Check(client.PostAsync(BenchReports.Batch("p1wb", 1_000, Category), batch: true), client);
        await RawInserts.InsertAsync(data, (await EventRows.ReadAsync(data, "p1w")).Select(EventRows.WithNewId).ToList(), concurrency);
        await RawInserts.CopyAsync(data, (await EventRows.ReadAsync(data, "p1wb")).Select(EventRows.WithNewId).ToList());

        var single = new List<(double Api, double Raw)>();
        var batch = new List<(double Api, double Copy)>();
        for (var round = 0; round < rounds; round++)
        {
            var prefix = $"p1s{round}";
            var bodies = Singles(prefix, count);
            var load = await MachineLoad.StartAsync([web.Process], database);
            var (elapsed, failed, durations) = await client.PostAllAsync(bodies, concurrency);
            var apiLoad = await load.ReportAsync();
            if (failed > 0)
            {
                throw new InvalidOperationException($"{failed} reports refused; first: {client.FirstError}");
            }
            var rows = await Stored(data, prefix, count);
            load = await MachineLoad.StartAsync([web.Process], database);
            var raw = await RawInserts.InsertAsync(data, rows.Select(EventRows.WithNewId).ToList(), concurrency);
            var rawLoad = await load.ReportAsync();
            single.Add((count / elapsed.TotalSeconds, count / raw.TotalSeconds));
            Console.WriteLine($"round {round + 1} single: API {count / elapsed.TotalSeconds:0} events/s ({new Latencies(durations).Summary()}), " +
                $"INSERT {count / raw.TotalSeconds:0} events/s, ratio {single[^1].Api / single[^1].Raw:0.00}");
            Console.WriteLine($"  API: {apiLoad}");
            Console.WriteLine($"  INSERT: {rawLoad}");

            prefix = $"p1b{round}";
            var body = BenchReports.Batch(prefix, batchSize, Category);
            load = await MachineLoad.StartAsync([web.Process], database);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await Check(client.PostAsync(body, batch: true), client);
            var api = clock.Elapsed;
            apiLoad = await load.ReportAsync();
            rows = await Stored(data, prefix, batchSize);
            load = await MachineLoad.StartAsync([web.Process], database);
            var copy = await RawInserts.CopyAsync(data, rows.Select(EventRows.WithNewId).ToList());
            rawLoad = await load.ReportAsync();
            batch.Add((batchSize / api.TotalSeconds, batchSize / copy.TotalSeconds));
            Console.WriteLine($"round {round + 1} batch: API {api.TotalMilliseconds:0} ms ({batch[^1].Api:0} events/s), COPY {copy.TotalMilliseconds:0} ms " +
                $"({batch[^1].Copy:0} events/s), ratio {batch[^1].Api / batch[^1].Copy:0.00}");
            Console.WriteLine($"  API: {apiLoad}");
            Console.WriteLine($"  COPY: {rawLoad}");
        }

        var table = new ResultTable($"P1 ingest, median of {rounds} rounds");
        var singleRatio = Median(single.Select(s => s.Api / s.Raw));
        table.Add($"POST …/events, {count:N0} reports, concurrency {concurrency}", $"{Median(single.Select(s => s.Api)):0} events/s",
            $"{Median(single.Select(s => s.Raw)):0} events/s (INSERT, autocommit)", singleRatio, $"≥ {SingleTarget}", singleRatio >= SingleTarget);
        var batchRatio = Median(batch.Select(b => b.Api / b.Copy));
        table.Add($"POST …/events/batch, {batchSize:N0} reports", $"{Median(batch.Select(b => b.Api)):0} events/s",
            $"{Median(batch.Select(b => b.Copy)):0} events/s (binary COPY)", batchRatio, $"≥ {BatchTarget}", batchRatio >= BatchTarget);
        table.Print(Console.Out);
        return 0;

        static List<byte[]> Singles(string prefix, int n) => Enumerable.Range(0, n).Select(i => BenchReports.Single(prefix, i, Category(i))).ToList();
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
