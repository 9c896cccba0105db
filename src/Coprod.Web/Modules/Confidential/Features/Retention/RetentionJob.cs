using Coprod.Web.Platform;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Confidential.Features.Retention;

/// <summary><c>Confidential:Retention</c>: due cases are destroyed every <see cref="Interval"/> (default six hours; a TimeSpan, <c>"06:00:00"</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Confidential:Retention";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>
/// Runs <see cref="DestroyDueCases"/> every <see cref="RetentionOptions.Interval"/> on every instance:
/// the delete is conditional on the version read, so concurrent passes destroy and audit each case once.
/// </summary>
internal sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await JobPass.RunAsync(scopes, log, "Confidential retention", (DestroyDueCases.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
        }
    }
}
