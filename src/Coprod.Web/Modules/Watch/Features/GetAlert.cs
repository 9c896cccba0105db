using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>GET …/alerts/{id}</c>: one alert with its procedure and its series' last 52 weeks, for whoever
/// reads it (<see cref="WatchAccess"/>); 404 for an alert the caller does not read, as for one that does not exist.
/// </summary>
public static class GetAlert
{
    public sealed class Handler(WatchAccess access, AlertReader reader, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Guid userId, CancellationToken ct = default)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            if (seat is null || !await access.Readable(partnershipId, seat).AnyAsync(a => a.Id == alertId, ct)
                || await reader.DetailsAsync(partnershipId, alertId, seat, ct) is not { } details)
            {
                return TypedResults.Problem(detail: t["Watch_AlertNotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            return TypedResults.Ok(details);
        }
    }
}
