using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>
/// The real application on Kestrel, on loopback with a port chosen by the system, on its own
/// SQLite file in a temporary folder, with the demo partnerships and accounts seeded.
/// </summary>
public sealed class CoprodServer : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "coprod-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The server's warnings and errors.</summary>
    public ServerLog Log { get; } = new();

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = default!;

    public void Start()
    {
        Directory.CreateDirectory(Folder);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var bound = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no bound address.");
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development, the framework's and packages' files (blazor.web.js, MudBlazor)
        // are only found from the build's manifest when asked: a published app has them in wwwroot.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(Folder, "coprod.db")}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Mail:PickupFolder", Path.Combine(Folder, "mail"));
        builder.UseSetting("Confidential:KeysPath", Path.Combine(Folder, "confidential-keys"));
        // After the app's own logging set-up, which clears the providers.
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Log));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in /tmp behind.
        }
    }
}
