using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>
/// Accessibility check with axe-core (installed by <c>npm ci</c> in this project's folder):
/// a page fails on any violation of impact <c>serious</c> or <c>critical</c>.
/// </summary>
public static class Axe
{
    public sealed record Violation(string Id, string Impact, string Help, string[] Nodes);

    private const string Run = """
        async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
          id: v.id,
          impact: v.impact ?? '',
          help: v.help,
          nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.replace(/\s+/g, ' ').slice(0, 200))
        }))
        """;

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        if (!File.Exists(ProjectPaths.AxeScript))
        {
            throw new InvalidOperationException(
                $"axe-core is missing at {ProjectPaths.AxeScript}: run `npm ci` in tests/Coprod.BrowserTests (./test.sh does).");
        }
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ProjectPaths.AxeScript });
        }
        var violations = await page.EvaluateAsync<JsonElement>(Run);
        return [.. violations.EnumerateArray().Select(v => new Violation(
            v.GetProperty("id").GetString() ?? "",
            v.GetProperty("impact").GetString() ?? "",
            v.GetProperty("help").GetString() ?? "",
            [.. v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString() ?? "")]))];
    }

    /// <summary>Fails listing id, impact, help and nodes of every serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var serious = (await ViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0)
        {
            return;
        }
        var message = new StringBuilder($"axe-core: {serious.Count} serious or critical violation(s) on {page.Url}:");
        foreach (var v in serious)
        {
            message.AppendLine().Append($"- {v.Id} ({v.Impact}): {v.Help}");
            foreach (var node in v.Nodes.Take(10))
            {
                message.AppendLine().Append($"    {node}");
            }
            if (v.Nodes.Length > 10)
            {
                message.AppendLine().Append($"    … and {v.Nodes.Length - 10} more");
            }
        }
        Assert.Fail(message.ToString());
    }
}
