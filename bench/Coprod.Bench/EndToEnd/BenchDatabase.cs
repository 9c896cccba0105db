using Npgsql;

namespace Coprod.Bench.EndToEnd;

/// <summary>
/// A fresh PostgreSQL database for one run, created on the server of <c>COPROD_BENCH_POSTGRES</c>
/// (a connection string to any database there; by default the local <c>coprod</c> role) and
/// dropped at the end, connections and all. The web app migrates it when it starts.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string Variable = "COPROD_BENCH_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Username=coprod;Password=coprod;Database=postgres";

    private readonly string _server;

    private BenchDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : DefaultServer;
        var database = new BenchDatabase(server, $"coprod_bench_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>The server's version and its durability settings, printed with the figures.</summary>
    public async Task<string> DescribeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version') || ', fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')",
            connection);
        return $"PostgreSQL {await command.ExecuteScalarAsync()}";
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
