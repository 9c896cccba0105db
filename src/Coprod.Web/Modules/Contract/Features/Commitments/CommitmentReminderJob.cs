using Coprod.Web.Platform;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// Runs <see cref="CommitmentReminders"/> every <see cref="CommitmentReminderOptions.Interval"/> on every instance: each step is
/// claimed by a conditional update, so concurrent passes take it once.
/// </summary>
internal sealed class CommitmentReminderJob(IServiceScopeFactory scopes, IOptions<CommitmentReminderOptions> options, TimeProvider clock,
    ILogger<CommitmentReminderJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await JobPass.RunAsync(scopes, log, "Commitment reminders", (CommitmentReminders.Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
        }
    }
}
