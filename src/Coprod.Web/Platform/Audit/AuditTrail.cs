using System.Text.Json;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Audit;

/// <summary>What to record; <paramref name="Details"/> is serialised to JSON and must hold no personal data.</summary>
public sealed record AuditEntry(
    AuditEventType Type,
    Guid? PartnershipId = null,
    Guid? ActorId = null,
    string? TargetType = null,
    string? TargetId = null,
    object? Details = null);

/// <summary>
/// Appends to the hash-chained audit trail. <see cref="SaveWithAuditAsync(CancellationToken, AuditEntry[])"/> saves the pending
/// changes of the context and the audit records in one transaction, so a change is never
/// committed without its trace.
/// </summary>
public sealed class AuditTrail(CoprodDbContext db, IAuditChainLock chainLock, TimeProvider clock)
{
    public Task SaveWithAuditAsync(CancellationToken cancellationToken, params AuditEntry[] entries) =>
        SaveWithAuditAsync(null, cancellationToken, entries);

    /// <summary>
    /// As above, after <paramref name="alsoWrite"/> has written, in the same transaction, what the context does not
    /// track (a bulk load written with its own commands).
    /// </summary>
    public async Task SaveWithAuditAsync(Func<CancellationToken, Task>? alsoWrite, CancellationToken cancellationToken, params AuditEntry[] entries)
    {
        await using var lease = await chainLock.AcquireAsync(db, cancellationToken);
        if (alsoWrite is not null)
        {
            await alsoWrite(cancellationToken);
        }
        var last = await db.Set<AuditRecord>().AsNoTracking()
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditHash.Genesis;
        var now = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
        foreach (var entry in entries)
        {
            var record = new AuditRecord
            {
                Sequence = ++sequence,
                At = now,
                Type = entry.Type,
                PartnershipId = entry.PartnershipId,
                ActorId = entry.ActorId,
                TargetType = entry.TargetType,
                TargetId = entry.TargetId,
                Details = entry.Details is null ? null : JsonSerializer.Serialize(entry.Details),
                PreviousHash = previous,
            };
            record.Hash = AuditHash.Compute(record);
            previous = record.Hash;
            db.Add(record);
        }
        await db.SaveChangesAsync(cancellationToken);
        await lease.CommitAsync(cancellationToken);
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        SaveWithAuditAsync(cancellationToken, entry);
}
