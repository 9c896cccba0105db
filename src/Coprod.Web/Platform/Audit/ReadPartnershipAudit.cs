using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Audit;

/// <summary>The partnership's part of the audit trail, newest first, a page at a time, without the confidential cases' events.</summary>
public static class ReadPartnershipAudit
{
    public sealed record Item(long Sequence, DateTimeOffset At, AuditEventType Type, Guid? ActorId, string? ActorName, string? TargetType, string? TargetId, string? Details, string Hash);

    public sealed record Page(IReadOnlyList<Item> Items, long? NextBefore);

    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<Page> HandleAsync(Guid partnershipId, long? before, int limit, CancellationToken ct = default)
        {
            limit = Math.Clamp(limit, 1, 200);
            var query = db.Set<AuditRecord>().AsNoTracking().Where(r => r.PartnershipId == partnershipId)
                .Where(r => r.Type < AuditVisibility.FirstCaseEvent || r.Type >= AuditVisibility.EndOfCaseEvents);
            if (before is { } b)
            {
                query = query.Where(r => r.Sequence < b);
            }
            var rows = await (
                from r in query.OrderByDescending(r => r.Sequence).Take(limit)
                join u in db.Users on r.ActorId equals u.Id into actors
                from u in actors.DefaultIfEmpty()
                select new Item(r.Sequence, r.At, r.Type, r.ActorId, u == null ? null : u.DisplayName, r.TargetType, r.TargetId, r.Details, r.Hash))
                .ToListAsync(ct);
            rows = rows.OrderByDescending(r => r.Sequence).ToList();
            return new Page(rows, rows.Count == limit ? rows[^1].Sequence : null);
        }
    }
}
