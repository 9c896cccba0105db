using Coprod.Bench.EndToEnd;

namespace Coprod.Bench.Events;

/// <summary>
/// P2, <c>fanout</c>: hub clients connected to <c>/hubs/events</c> as recipient members while a
/// partner's system reports at a steady rate through the ingest API; the latency from the start of
/// each report's POST to each client's handler, and deliveries missed. With <c>--redis</c>, the same
/// again with two web instances sharing a private Redis backplane (clients split across them,
/// reports posted to the first), against the one-instance phase of the same run.
/// </summary>
internal static class FanoutRun
{
    private const double P99Target = 100, RedisRatioTarget = 2;

    private sealed record Settings(int Clients, int Members, int Institutions, double Rate, int Seconds, int Warmup);

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var settings = new Settings(args.Int("clients", 1_000), args.Int("users", 50), args.Int("institutions", 1), args.Double("rate", 200),
            args.Int("seconds", 20), args.Int("warmup", 2_000));
        var redis = args.Flag("redis");
        args.RefuseUnknown();
        if (settings.Institutions < 1 || settings.Institutions > Math.Min(settings.Members, BenchWorld.MaxRecipientInstitutions))
        {
            throw new ArgumentException($"--institutions must be between 1 and {BenchWorld.MaxRecipientInstitutions}, and at most --users.");
        }

        var scratch = BenchPaths.NewScratchFolder("fanout");
        var perEvent = settings.Clients / settings.Institutions;
        Console.WriteLine($"# P2 fan-out: {settings.Clients:N0} hub clients ({settings.Members} members, {settings.Institutions} recipient institution(s): " +
            $"about {perEvent:N0} clients per event), {settings.Rate:0} reports/s for {settings.Seconds} s after a warm-up of {settings.Warmup:N0} reports " +
            $"(about {settings.Rate * perEvent:N0} deliveries/s){(redis ? "; then two instances with Redis" : "")}");
        Console.WriteLine($"# machine: {MachineLoad.Describe()}; the bench process (reporter and every client) shares the cores with the servers and PostgreSQL; logs in {scratch}");
        await using var database = await BenchDatabase.CreateAsync();
        var world = default(BenchWorld);
        var members = new List<(string Token, int Institution)>();
        Phase single;
        using (var web = await WebInstance.StartAsync("web", database.ConnectionString, null, scratch))
        {
            Console.WriteLine($"# {await database.DescribeAsync()}, database {database.Name}; web instance pid {web.Process.Id} at {web.BaseAddress}");
            world = await BenchWorld.SeedAsync(database.ConnectionString, settings.Institutions, settings.Members);
            using var setup = new HttpClient { BaseAddress = web.BaseAddress };
            var api = new CoprodApi(setup);
            await world.ConfigureAsync(api, routing: true);
            foreach (var (email, institution) in world.Recipients)
            {
                members.Add((await api.LoginAsync(email, BenchWorld.Password), institution));
            }
            single = await MeasureAsync("one instance", settings, world, members, [web], [web.Process], database, "f1");
        }
        var table = new ResultTable("P2 fan-out");
        table.Add($"report → recipient p99, 1 instance, {settings.Clients:N0} clients, {settings.Rate:0} reports/s × {perEvent:N0} recipients", $"{single.Latencies.P99:0.0} ms",
            $"POST p99 {single.Posts.P99:0.0} ms", null, $"≤ {P99Target} ms", single.Latencies.P99 <= P99Target && single.Missed == 0);
        Details(table, single);
        if (redis)
        {
            using var backplane = await RedisInstance.StartAsync(scratch);
            using var first = await WebInstance.StartAsync("web-a", database.ConnectionString, backplane.Configuration, scratch);
            using var second = await WebInstance.StartAsync("web-b", database.ConnectionString, backplane.Configuration, scratch);
            Console.WriteLine($"# redis pid {backplane.Process.Id} at {backplane.Configuration}; web-a pid {first.Process.Id} at {first.BaseAddress}, " +
                $"web-b pid {second.Process.Id} at {second.BaseAddress}");
            var two = await MeasureAsync("two instances + Redis", settings, world, members, [first, second], [first.Process, second.Process, backplane.Process], database,
                "f2");
            var ratio = two.Latencies.P99 / single.Latencies.P99;
            table.Add("report → recipient p99, 2 instances + Redis", $"{two.Latencies.P99:0.0} ms", $"{single.Latencies.P99:0.0} ms (1 instance, same run)", ratio,
                $"≤ {RedisRatioTarget}×", ratio <= RedisRatioTarget && two.Missed == 0);
            Details(table, two);
        }
        table.Print(Console.Out);
        return 0;
    }

    private sealed record Phase(Latencies Latencies, Latencies Posts, long Missed, int Refused);

    /// <summary>
    /// The rest of a phase: the latency spread, deliveries missed, and the reporter's own calls — when
    /// their median is far above a few tens of milliseconds, the instance did not keep up with the
    /// offered rate and the latencies measure its backlog.
    /// </summary>
    private static void Details(ResultTable table, Phase phase)
    {
        table.Note("  p50 / p95 / max, missed deliveries",
            $"{phase.Latencies.P50:0.0} / {phase.Latencies.P95:0.0} / {phase.Latencies.Max:0.0} ms, {phase.Missed:N0} missed");
        table.Note("  reporter's POST p50 / p99, refused", $"{phase.Posts.P50:0.0} / {phase.Posts.P99:0.0} ms, {phase.Refused:N0} refused");
    }

    private static async Task<Phase> MeasureAsync(string name, Settings settings, BenchWorld world, IReadOnlyList<(string Token, int Institution)> members,
        IReadOnlyList<WebInstance> instances, IReadOnlyList<ChildProcess> processes, BenchDatabase database, string prefix)
    {
        await using var clients = await HubClients.ConnectAsync(settings.Clients, members, instances.Select(i => i.BaseAddress).ToList());
        using var reporter = new IngestClient(instances[0].BaseAddress, world);
        var perInstitution = new int[settings.Institutions];
        foreach (var institution in clients.Institutions)
        {
            perInstitution[institution]++;
        }

        // Warm-up: reports as fast as 8 callers get answers, so that the instances' code is compiled and
        // tiered up without a backlog left over for the measured phase; every delivery waited for.
        var warmup = Plan(prefix + "w", settings.Warmup, perInstitution, clients.Count);
        clients.Receipts = warmup.Receipts;
        var (_, warmFailed, _) = await reporter.PostAllAsync(warmup.Bodies, 8);
        await warmup.Receipts.WaitAsync(TimeSpan.FromSeconds(10));
        Console.WriteLine($"{name}, warm-up: {clients.Connected:N0} of {clients.Count:N0} clients connected, {warmup.Receipts.SilentConnections} received nothing; " +
            $"{warmup.Receipts.Received:N0} of {warmup.Receipts.Expected:N0} deliveries, {warmFailed} reports refused");

        var measured = Plan(prefix, (int)(settings.Rate * settings.Seconds), perInstitution, clients.Count);
        clients.Receipts = measured.Receipts;
        var load = await MachineLoad.StartAsync(processes, database);
        var sent = await ReportStream.SendAsync(reporter, measured.Bodies, settings.Rate, measured.Receipts);
        await measured.Receipts.WaitAsync(TimeSpan.FromSeconds(10));
        var cpu = await load.ReportAsync();
        var latencies = measured.Receipts.Latencies();
        var missed = measured.Receipts.Expected - measured.Receipts.Received;
        Console.WriteLine($"{name}: {measured.Bodies.Count:N0} reports at {sent.AchievedRate:0.0}/s, {sent.Failed} refused (POST {sent.Posts.Summary()}); " +
            $"{measured.Receipts.Received:N0} of {measured.Receipts.Expected:N0} deliveries, {missed:N0} missed; report → recipient {latencies.Summary()}");
        Console.WriteLine($"  {cpu}");
        if (sent.Failed > 0)
        {
            Console.WriteLine($"  first refusal: {reporter.FirstError}");
        }
        return new Phase(latencies, sent.Posts, missed, sent.Failed);
    }

    /// <summary><paramref name="count"/> reports (report i of category <see cref="BenchWorld.CategoryFor"/>(i mod K)) and their receipts.</summary>
    private static (List<byte[]> Bodies, Receipts Receipts) Plan(string prefix, int count, int[] perInstitution, int connections)
    {
        var institutions = perInstitution.Length;
        var bodies = Enumerable.Range(0, count).Select(i => BenchReports.Single(prefix, i, BenchWorld.CategoryFor(i % institutions))).ToList();
        var expected = Enumerable.Range(0, count).Sum(i => (long)perInstitution[i % institutions]);
        return (bodies, new Receipts(prefix, count, expected, connections));
    }
}
