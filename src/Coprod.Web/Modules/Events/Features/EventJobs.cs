using Coprod.Web.Platform;
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
            await JobPass.RunAsync(scopes, log, "Events escalation", (EscalateDeliveries.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
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
            await JobPass.RunAsync(scopes, log, "Events digest", (SendDigests.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
        }
    }
}
