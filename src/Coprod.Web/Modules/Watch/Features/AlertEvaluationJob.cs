using Coprod.Web.Platform;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>Watch:Evaluation</c>: the alert rules are evaluated every <see cref="Interval"/> (default one hour; a TimeSpan, <c>"01:00:00"</c>).</summary>
public sealed class AlertEvaluationOptions
{
    public const string Section = "Watch:Evaluation";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Runs <see cref="EvaluateAlerts"/> every <see cref="AlertEvaluationOptions.Interval"/> on every
/// instance: the unique alert per rule × series × period makes concurrent passes raise each alert once.
/// </summary>
internal sealed class AlertEvaluationJob(IServiceScopeFactory scopes, IOptions<AlertEvaluationOptions> options, TimeProvider clock, ILogger<AlertEvaluationJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await JobPass.RunAsync(scopes, log, "Watch alert evaluation", (EvaluateAlerts.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
        }
    }
}
