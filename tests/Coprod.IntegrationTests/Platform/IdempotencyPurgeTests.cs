using Coprod.Web.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coprod.IntegrationTests.Platform;

/// <summary>REL-1: answers to keyed requests are remembered a week, then forgotten.</summary>
public sealed class IdempotencyPurgeTests(AppFactory app)
{
    [Fact]
    public async Task RunOnce_ForgetsAnswersOlderThanTheRetention_AndKeepsRecentOnes()
    {
        var partnership = await app.CreatePartnershipAsync();
        var now = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        IdempotencyRecord Record(string key, int daysAgo) => new()
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Scope = "user:test",
            Key = key,
            Operation = "events.report",
            RequestHash = new string('0', 64),
            StatusCode = 201,
            Response = "{}",
            CreatedAt = now.AddDays(-daysAgo),
        };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(Record("old", 8), Record("recent", 6));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await using var scope = app.Services.CreateAsyncScope();
        var purge = scope.ServiceProvider.GetRequiredService<IdempotencyPurge.Handler>();
        await purge.RunOnceAsync(now, TestContext.Current.CancellationToken);
        Assert.Equal(0, await purge.RunOnceAsync(now, TestContext.Current.CancellationToken));

        var keys = await app.WithDbAsync(db => db.Set<IdempotencyRecord>().Where(r => r.PartnershipId == partnership.Id).Select(r => r.Key)
            .ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["recent"], keys);
    }
}
