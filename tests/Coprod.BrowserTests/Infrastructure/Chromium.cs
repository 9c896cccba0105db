namespace Coprod.BrowserTests.Infrastructure;

/// <summary>
/// Where Debian's Chromium is: <c>COPROD_CHROMIUM</c>, else <c>/usr/bin/chromium</c>. Playwright
/// never downloads a browser of its own here (the machines have no internet access).
/// </summary>
public static class Chromium
{
    public const string Variable = "COPROD_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The executable, or null when there is none (the tests then skip).</summary>
    public static string? Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(Variable);
            var candidate = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
            return File.Exists(candidate) ? candidate : null;
        }
    }

    public static string MissingMessage =>
        $"Chromium not found (set {Variable} or install Debian's chromium at {DefaultPath}): browser tests skipped.";

    /// <summary>
    /// Headless, sandbox off (CI runs as root), and no background traffic: the machines' closed
    /// network refuses every connection Chromium makes to its own services.
    /// </summary>
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];
}
