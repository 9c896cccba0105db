using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>GET …/alerts?status=&amp;from=&amp;to=</c>: the alerts the caller reads (<see cref="WatchAccess"/>),
/// open ones first. <c>status</c>: Open, InProcedure or Closed; <c>from</c>/<c>to</c> (<c>yyyy-MM-dd</c>,
/// inclusive) keep the alerts whose period meets them. A bad value is a field error.
/// </summary>
public static class ListAlerts
{
    public sealed record Query(string? Status = null, string? From = null, string? To = null);

    public sealed class Handler(WatchAccess access, AlertReader reader, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Ok<IReadOnlyList<AlertDto>>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Query q, Guid userId,
            CancellationToken ct = default)
        {
            if (await access.SeatAsync(partnershipId, userId, ct) is not { } seat)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            var v = new Validation();
            AlertStatus? status = null;
            if (!string.IsNullOrWhiteSpace(q.Status))
            {
                status = Enum.TryParse<AlertStatus>(q.Status.Trim(), true, out var s) && Enum.IsDefined(s) && !int.TryParse(q.Status, out _) ? s : null;
                v.Check(status is not null, "status", t["Filter_Status"]);
            }
            v.Check(QueryValues.TryDate(q.From, DateOnly.MinValue, out var from), "from", t["Filter_Date"]);
            v.Check(QueryValues.TryDate(q.To, DateOnly.MaxValue, out var to), "to", t["Filter_Date"]);
            v.Check(from <= to, "to", t["Filter_ToBeforeFrom"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var query = access.Readable(partnershipId, seat).Where(a => a.PeriodEnd >= from && a.PeriodStart <= to);
            if (status is { } wanted)
            {
                query = query.Where(a => a.Status == wanted);
            }
            return TypedResults.Ok(await reader.ListAsync(partnershipId, query, ct));
        }
    }
}
