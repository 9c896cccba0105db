using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>Runs <see cref="EscalateDeliveries"/> every <see cref="EscalationOptions.Interval"/> on every instance (each delivery is claimed once).</summary>
internal sealed class EscalationJob(IServiceScopeFactory scopes, IOptions<EscalationOptions> options, TimeProvider clock, ILogger<EscalationJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await EventJobRun.OnceAsync(scopes, log, "escalation", (EscalateDeliveries.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
        }
    }
}

/// <summary>Runs <see cref="SendDigests"/> at <see cref="DigestOptions.Hour"/> each day, Paris time, on every instance (each delivery is claimed once).</summary>
internal sealed class DigestJob(IServiceScopeFactory scopes, IOptions<DigestOptions> options, TimeProvider clock, ILogger<DigestJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            await Task.Delay(options.Value.NextRun(now) - now, clock, stoppingToken);
            await EventJobRun.OnceAsync(scopes, log, "digest", (SendDigests.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
        }
    }
}

internal static class EventJobRun
{
    /// <summary>One pass in its own scope; a failure is logged and the next pass tries again.</summary>
    public static async Task OnceAsync<THandler>(IServiceScopeFactory scopes, ILogger log, string job, Func<THandler, Task<int>> run) where THandler : notnull
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await run(scope.ServiceProvider.GetRequiredService<THandler>());
            if (count > 0)
            {
                log.LogInformation("Events {Job}: {Count} handled.", job, count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Events {Job} pass failed.", job);
        }
    }
}
