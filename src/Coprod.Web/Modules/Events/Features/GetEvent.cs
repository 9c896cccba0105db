using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>GET …/events/{id}</c>: one event the member may read; 404 otherwise (an agent does not learn that others exist).</summary>
public static class GetEvent
{
    public sealed class Handler(EventAccess access, EventDtos dtos, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<Ok<EventDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid eventId, Guid userId, CancellationToken ct)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            if (seat is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            var found = await access.Readable(partnershipId, seat).FirstOrDefaultAsync(e => e.Id == eventId, ct);
            return found is null
                ? TypedResults.Problem(detail: t["Event_NotFound"], statusCode: StatusCodes.Status404NotFound)
                : TypedResults.Ok((await dtos.ForAsync(partnershipId, [found], userId, ct))[0]);
        }
    }
}
