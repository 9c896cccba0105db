namespace Coprod.Bench.EndToEnd;

/// <summary>
/// One Coprod web instance, started from its build output as it is deployed (Production
/// environment, its own server GC and thread pool, PostgreSQL), listening on a free loopback port.
/// With <paramref name="redis"/> it uses the Redis backplane (<c>Realtime:Redis</c>).
/// </summary>
internal sealed class WebInstance : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Connections each instance may hold, unless the connection string sets its own: Npgsql's default
    /// of 100 per instance would let two instances (and a shared server's other users) exhaust
    /// PostgreSQL's default <c>max_connections</c> of 100, which production sizes per deployment too.
    /// </summary>
    public const int PoolSize = 30;

    private readonly ChildProcess _process;

    private WebInstance(ChildProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ChildProcess Process => _process;

    /// <summary>Starts the instance and waits until <c>/health</c> answers (the first start on a fresh database also migrates it).</summary>
    public static async Task<WebInstance> StartAsync(string name, string connectionString, string? redis, string scratch)
    {
        var dll = Path.Combine(BenchPaths.WebFolder, "Coprod.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: run the bench with `dotnet run -c Release --project bench/Coprod.Bench`.");
        }
        var pool = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase))
        {
            pool.MaxPoolSize = PoolSize;
        }
        connectionString = pool.ConnectionString;
        var port = ChildProcess.FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Mail__PickupFolder"] = Path.Combine(scratch, name + "-mail"),
            ["Demo__Seed"] = "false",
        };
        if (redis is not null)
        {
            environment["Realtime__Redis"] = redis;
        }
        var process = ChildProcess.Start(name, "dotnet", [dll, "--urls", baseAddress.ToString().TrimEnd('/')], BenchPaths.WebFolder, environment, scratch);
        var instance = new WebInstance(process, baseAddress);
        try
        {
            await instance.WaitHealthyAsync();
        }
        catch
        {
            instance.Dispose();
            throw;
        }
        return instance;
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_process.Name} stopped while starting:{Environment.NewLine}{_process.LogTail()}");
            }
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{_process.Name} did not answer /health within {StartTimeout}:{Environment.NewLine}{_process.LogTail()}");
    }

    public void Dispose() => _process.Dispose();
}
