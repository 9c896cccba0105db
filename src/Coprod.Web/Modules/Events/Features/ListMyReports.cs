using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>GET …/events/reported</c>: the member's own latest reports, each with who received it and who acknowledged it (EVT-3).</summary>
public static class ListMyReports
{
    public const int Count = 20;

    public sealed class Handler(CoprodDbContext db, EventAccess access, DeliveryDtos deliveries, EventDtos events)
    {
        public async Task<Results<Ok<IReadOnlyList<ReportStatus>>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct)
        {
            if (await access.SeatAsync(partnershipId, userId, ct) is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            var mine = await db.Set<SafetyEvent>().AsNoTracking().Where(e => e.PartnershipId == partnershipId && e.AuthorUserId == userId)
                .OrderByDescending(e => e.ReportedAt).ThenBy(e => e.Id).Take(Count).ToListAsync(ct);
            var ids = mine.Select(e => e.Id).ToList();
            var routed = (await deliveries.ForAsync(partnershipId,
                await db.Set<EventDelivery>().AsNoTracking().Where(d => ids.Contains(d.EventId)).ToListAsync(ct), ct)).ToLookup(d => d.EventId);
            return TypedResults.Ok<IReadOnlyList<ReportStatus>>((await events.ForAsync(partnershipId, mine, userId, ct))
                .Select(e => new ReportStatus(e, routed[e.Id].OrderBy(d => d.Institution, StringComparer.CurrentCulture).ToList())).ToList());
        }
    }
}
