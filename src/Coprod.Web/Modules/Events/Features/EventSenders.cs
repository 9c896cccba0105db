using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// On whose behalf a caller sends events: an API key always reports for its own institution in its
/// own partnership; a member for the institution of their membership (which they name when they have several).
/// </summary>
public sealed class EventSenders(EventAccess access, IStringLocalizer<EventsText> t)
{
    /// <summary>The reporter, or why there is none: a refusal (403) or a field error on <c>institutionId</c>.</summary>
    public sealed record Outcome(EventReporter? Reporter, ProblemHttpResult? Refused = null, ValidationProblem? Invalid = null);

    public async Task<Outcome> ResolveAsync(Guid partnershipId, EventCaller caller, Guid? institutionId, CancellationToken ct)
    {
        if (caller.Key is { } key)
        {
            if (key.PartnershipId != partnershipId)
            {
                return new Outcome(null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden));
            }
            return institutionId is { } id && id != key.InstitutionId
                ? new Outcome(null, Invalid: TypedResults.ValidationProblem(Validation.Single("institutionId", t["Event_InstitutionNotTheKeys"])))
                : new Outcome(new EventReporter(key.InstitutionId, null, key.KeyId, EventSource.ApiKey));
        }
        var seat = caller.UserId is { } userId ? await access.SeatAsync(partnershipId, userId, ct) : null;
        if (seat is null)
        {
            return new Outcome(null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden));
        }
        return EventAccess.ReporterFor(seat, institutionId) is { } reporter
            ? new Outcome(reporter)
            : new Outcome(null, Invalid: TypedResults.ValidationProblem(Validation.Single("institutionId",
                seat.Institutions.Count == 0 ? t["Event_NoInstitution"] : t["Event_InstitutionNotYours"])));
    }
}
