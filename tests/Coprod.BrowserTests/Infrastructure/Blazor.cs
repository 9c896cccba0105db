using Microsoft.Playwright;

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>
/// Blazor Server pages are prerendered: they show before their circuit is connected, and a
/// click or a change made before then is lost. The probe watches the page's <c>/_blazor</c>
/// WebSocket and marks the page interactive once the first render batch has been applied;
/// it runs again on every full page load, so the mark never outlives its circuit.
/// </summary>
public static class Blazor
{
    private const string Probe = """
        (() => {
          window.__coprodInteractive = false;
          const Native = window.WebSocket;
          const marker = 'JS.RenderBatch';
          const decoder = new TextDecoder();
          class ProbedWebSocket extends Native {
            constructor(url, protocols) {
              super(url, protocols);
              if (String(url).includes('/_blazor')) {
                // Registered before SignalR's onmessage, so the batch is applied by the next task.
                this.addEventListener('message', e => {
                  const text = typeof e.data === 'string' ? e.data : decoder.decode(new Uint8Array(e.data));
                  if (text.includes(marker)) {
                    setTimeout(() => { window.__coprodInteractive = true; window.__coprodLastBatch = performance.now(); }, 0);
                  }
                });
              }
            }
          }
          window.WebSocket = ProbedWebSocket;
        })();
        """;

    public static Task InstallProbeAsync(IBrowserContext context) => context.AddInitScriptAsync(Probe);

    /// <summary>Waits until the page's circuit has rendered and settled, so that its event handlers are live.</summary>
    public static async Task WaitForInteractiveAsync(IPage page, float timeoutMs = 20_000)
    {
        try
        {
            // Interactive, and quiet for 250 ms: a page that loads its data renders again right after its first batch,
            // and a field filled in between would be replaced by the next render.
            await page.WaitForFunctionAsync("() => window.__coprodInteractive === true && performance.now() - window.__coprodLastBatch > 250", null,
                new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 50 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The Blazor circuit of {page.Url} did not render within {timeoutMs} ms.", e);
        }
    }

    /// <summary>Navigates, then waits for the circuit.</summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }
}
