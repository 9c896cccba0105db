using System.Text.RegularExpressions;
using Coprod.Tests.Shared;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test: a fresh browser context and page per test, a full-page
/// screenshot in <c>screenshots/</c> when the test fails, and the page's console errors
/// printed to the test output.
/// </summary>
public abstract partial class BrowserTest(BrowserHost host) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;
    private readonly List<string> _consoleErrors = [];
    private int _serverLogStart;

    protected BrowserHost Host => host;

    protected IPage Page => _page ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>The viewport of this class's tests; null for the desktop default.</summary>
    protected virtual ViewportSize? Viewport => null;

    public async ValueTask InitializeAsync()
    {
        if (Chromium.Path is null)
        {
            return;
        }
        _serverLogStart = host.ServerLog.Count;
        _context = await host.NewContextAsync(Viewport);
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_page is not null && TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            Directory.CreateDirectory(ProjectPaths.Screenshots);
            var name = Unsafe().Replace(TestContext.Current.Test?.TestDisplayName ?? "test", "_");
            var path = Path.Combine(ProjectPaths.Screenshots, $"{name}.png");
            try
            {
                await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path} (page {_page.Url})");
            }
            catch (PlaywrightException e)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"No screenshot: {e.Message}");
            }
            foreach (var error in _consoleErrors)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"Console error: {error}");
            }
            foreach (var entry in host.ServerLog.Since(_serverLogStart))
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"Server: {entry}");
            }
        }
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>Signs in through the real form (static page) and waits for the home page's circuit.</summary>
    protected Task SignInAsync(string email, string password = DemoAccounts.Password) => SignInAsync(Page, email, password);

    /// <summary>
    /// Signs <paramref name="page"/> in through the real form; when the account asks for a second factor,
    /// gives the code of <paramref name="authenticatorKey"/> (by default the demo's, which its confidential-group members use).
    /// </summary>
    protected static async Task SignInAsync(IPage page, string email, string password = DemoAccounts.Password, string authenticatorKey = DemoAccounts.ConfidentialTotpKey)
    {
        await page.GotoAsync("compte/connexion");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form:has(#password) [type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath is "/" or "/compte/connexion-2fa");
        if (new Uri(page.Url).AbsolutePath == "/compte/connexion-2fa")
        {
            await page.Locator("#code").FillAsync(Totp.Code(authenticatorKey));
            await page.Locator("form:has(#code) [type=submit]").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        }
        await Blazor.WaitForInteractiveAsync(page);
    }

    /// <summary>The path of the page's URL, without query.</summary>
    protected string CurrentPath => new Uri(Page.Url).AbsolutePath;

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex Unsafe();
}
