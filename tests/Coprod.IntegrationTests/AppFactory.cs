using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

[assembly: AssemblyFixture(typeof(Coprod.IntegrationTests.AppFactory))]

namespace Coprod.IntegrationTests;

/// <summary>
/// One host for the whole suite on a real database: SQLite in memory (kept alive by an open
/// connection) by default, or a fresh PostgreSQL database when <c>COPROD_TEST_POSTGRES</c> holds
/// a connection string. The host applies the migrations at start, so they are tested too.
/// Tests never share data: each creates its own partnerships and accounts.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string? _postgresServer = Environment.GetEnvironmentVariable("COPROD_TEST_POSTGRES");
    private readonly string _ownName = $"coprod_test_{Guid.NewGuid():N}";
    private SqliteConnection? _keepAlive;

    private string DatabaseName => SharingDatabaseOf?.DatabaseName ?? _ownName;

    /// <summary>For a private host: start as <c>--demo</c> would, with the demo seeded.</summary>
    public bool SeedDemo { get; init; }

    /// <summary>For a private host: the hosting environment (Testing by default).</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>For a second web instance: use this (started) host's database instead of a new one; it is not dropped by this host.</summary>
    public AppFactory? SharingDatabaseOf { get; init; }

    /// <summary>For a private host: the <c>Realtime:Redis</c> connection string (SignalR backplane and real-time bus through Redis).</summary>
    public string? Redis { get; init; }

    /// <summary>For a private host: the clock every handler reads (the real one by default).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>For a private host: a SQLite database file (even when the suite runs on PostgreSQL), to read the file itself; the host does not delete it.</summary>
    public string? SqliteFile { get; init; }

    public bool OnPostgres => !string.IsNullOrEmpty(_postgresServer) && SqliteFile is null;

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "coprod-tests-mail", Guid.NewGuid().ToString("N"));

    /// <summary>The key ring of confidential content: outside the database, as in production; shared with the host whose database this one uses.</summary>
    public string KeysFolder => SharingDatabaseOf?.KeysFolder ?? _ownKeys;

    private readonly string _ownKeys = Path.Combine(Path.GetTempPath(), "coprod-tests-keys", Guid.NewGuid().ToString("N"));

    public string ConnectionString => OnPostgres
        ? new NpgsqlConnectionStringBuilder(_postgresServer) { Database = DatabaseName }.ConnectionString
        : SqliteFile is not null ? $"Data Source={SqliteFile};Pooling=False"
        : $"Data Source={DatabaseName};Mode=Memory;Cache=Shared";

    public async ValueTask InitializeAsync()
    {
        if (!OnPostgres && SharingDatabaseOf is null)
        {
            _keepAlive = new SqliteConnection(ConnectionString);
            await _keepAlive.OpenAsync();
        }
        _ = Server; // start the host now: migrations run once, before any test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", OnPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting(OnPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", ConnectionString);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Confidential:KeysPath", KeysFolder);
        builder.UseSetting("Demo:Seed", SeedDemo ? "true" : "false");
        if (Redis is not null)
        {
            builder.UseSetting("Realtime:Redis", Redis);
        }
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { });
            services.PostConfigure<Microsoft.AspNetCore.Authentication.PolicySchemeOptions>("Coprod", o =>
            {
                var inner = o.ForwardDefaultSelector!;
                o.ForwardDefaultSelector = http => http.Request.Headers.ContainsKey(TestAuthHandler.Header) ? TestAuthHandler.SchemeName : inner(http);
            });
        });
    }

    /// <summary>Every line the host logged (at the levels the configuration lets through).</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>A client signed in as the given account (through the test scheme).</summary>
    public HttpClient ClientFor(Guid userId)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, userId.ToString());
        return client;
    }

    /// <summary>An anonymous client that does not follow redirects.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task WithDbAsync(Func<CoprodDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<CoprodDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<CoprodDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CoprodDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }
        if (OnPostgres && SharingDatabaseOf is null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_postgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", admin);
            // Without pg_signal_backend the role cannot end an autovacuum worker busy in the database: wait for it to finish.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
            }
        }
    }
}
