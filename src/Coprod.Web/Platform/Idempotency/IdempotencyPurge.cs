using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Platform.Idempotency;

/// <summary>How long answers to keyed requests are remembered (<c>Idempotency:RetentionDays</c>, default 7): longer than any client retries.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    public int RetentionDays { get; set; } = 7;
}

/// <summary>Forgets the remembered answers older than the retention; safe on several instances (a delete twice deletes nothing more).</summary>
public static class IdempotencyPurge
{
    public sealed class Handler(CoprodDbContext db, IOptions<IdempotencyOptions> options)
    {
        public Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            var before = now.AddDays(-Math.Max(1, options.Value.RetentionDays)).ToUniversalTime();
            return db.Set<IdempotencyRecord>().Where(r => r.CreatedAt < before).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>Purges every hour (<see cref="JobPass"/>).</summary>
    internal sealed class Job(IServiceScopeFactory scopes, TimeProvider clock, ILogger<Job> log) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await JobPass.RunAsync(scopes, log, "Idempotency purge", (Handler h) => h.RunOnceAsync(clock.GetUtcNow(), stoppingToken));
            }
        }
    }
}
