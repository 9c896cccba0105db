using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>GET …/events</c>: the events the member may read (see <see cref="EventAccess"/>), filtered,
/// newest first, a page at a time (<c>page</c> from 1, <c>pageSize</c> up to 500, default 50).
/// </summary>
public static class ListEvents
{
    public sealed record Page(IReadOnlyList<EventDto> Items, int Total, int PageNumber, int PageSize);

    public sealed class Handler(EventAccess access, EventCategories categories, EventDtos dtos, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<Ok<Page>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, EventFilter.Query query, int? page, int? pageSize,
            Guid userId, CancellationToken ct)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            if (seat is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            var v = new Validation()
                .Check(page is null or >= 1, "page", t["Filter_Page"])
                .Check(pageSize is null or (>= 1 and <= EventLimits.PageSize), "pageSize", t["Filter_PageSize", EventLimits.PageSize]);
            var filter = EventFilter.TryParse(query, await categories.LoadAsync(partnershipId, ct), v, t);
            if (filter is null || !v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var number = page ?? 1;
            var size = pageSize ?? 50;
            var events = filter.Apply(access.Readable(partnershipId, seat));
            var total = await events.CountAsync(ct);
            var items = await events.OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
            return TypedResults.Ok(new Page(await dtos.ForAsync(partnershipId, items, userId, ct), total, number, size));
        }
    }
}
