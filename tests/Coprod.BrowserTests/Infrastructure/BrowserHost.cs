using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Coprod.BrowserTests.Infrastructure.BrowserHost))]
// Two cores, one server, one browser: tests run one after the other, which also keeps the
// Blazor circuits from competing and the timings honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>
/// One application server and one Chromium for the whole suite; each test gets its own
/// browser context (cookies, storage) from <see cref="NewContextAsync"/>. Nothing starts when
/// Chromium is missing: the tests then skip (see <see cref="BrowserFactAttribute"/>).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private CoprodServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address => _server?.Address ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>The server's warnings and errors (empty when nothing was started).</summary>
    public ServerLog ServerLog => _server?.Log ?? new ServerLog();

    public async ValueTask InitializeAsync()
    {
        if (Chromium.Path is not { } executable)
        {
            return;
        }
        _server = new CoprodServer();
        _server.Start();
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Args,
        });
    }

    /// <summary>
    /// A fresh context in French, on the server's address, with the Blazor circuit probe.
    /// The CSP (<c>script-src 'self'</c>) is bypassed only so that axe-core can be injected.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        var browser = _browser ?? throw new InvalidOperationException(Chromium.MissingMessage);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            BypassCSP = true,
            Locale = "fr-FR",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        await Blazor.InstallProbeAsync(context);
        return context;
    }

    /// <summary>A partnership's id read from the server's database, for users who cannot see it.</summary>
    public async Task<Guid> PartnershipIdAsync(string name)
    {
        var server = _server ?? throw new InvalidOperationException(Chromium.MissingMessage);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoprodDbContext>();
        return await db.Set<Partnership>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    /// <summary>Runs <paramref name="action"/> on the server's database, to seed what a test needs and the demo has not.</summary>
    public async Task WithDbAsync(Func<CoprodDbContext, Task> action)
    {
        var server = _server ?? throw new InvalidOperationException(Chromium.MissingMessage);
        await using var scope = server.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<CoprodDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
