namespace Coprod.Bench.EndToEnd;

/// <summary>
/// A private Redis server for the backplane run, on a free loopback port, without persistence
/// (as STACK.md starts it), stopped by its process id at the end of the run.
/// </summary>
internal sealed class RedisInstance : IDisposable
{
    private readonly ChildProcess _process;

    private RedisInstance(ChildProcess process, int port)
    {
        _process = process;
        Configuration = $"127.0.0.1:{port}";
    }

    /// <summary>The StackExchange.Redis connection string (<c>Realtime:Redis</c>).</summary>
    public string Configuration { get; }

    public ChildProcess Process => _process;

    public static async Task<RedisInstance> StartAsync(string scratch)
    {
        const string Server = "/usr/bin/redis-server";
        if (!File.Exists(Server))
        {
            throw new InvalidOperationException("redis-server is missing: `apt-get install -y redis-server` (see STACK.md).");
        }
        var port = ChildProcess.FreeLoopbackPort();
        var process = ChildProcess.Start("redis", Server,
            ["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no", "--daemonize", "no"],
            scratch, new Dictionary<string, string>(), scratch);
        var redis = new RedisInstance(process, port);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return redis;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100);
            }
        }
        var log = process.LogTail();
        redis.Dispose();
        throw new InvalidOperationException($"redis-server did not start:{Environment.NewLine}{log}");
    }

    public void Dispose() => _process.Dispose();
}
