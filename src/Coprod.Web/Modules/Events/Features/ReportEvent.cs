using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Idempotency;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// A member reports one event (EVT-1), with an optional <c>Idempotency-Key</c>: a retry of the same
/// report (after a lost connection) returns the first answer and never a second event; the same key
/// with another report is refused (422). Person names in the description may be kept on a stated
/// reason (audited); any other personal datum is refused.
/// </summary>
public static class ReportEvent
{
    public sealed record Request(
        string? Category,
        DateTimeOffset? OccurredAt,
        EventSeverity? Severity,
        string? Description,
        double? Latitude = null,
        double? Longitude = null,
        string? Commune = null,
        Guid? AreaId = null,
        Guid? InstitutionId = null,
        string? ExternalReference = null,
        PrivacyOverride? PrivacyOverride = null)
    {
        public EventInput ToInput() => new(Category, OccurredAt, Severity, Description, Latitude, Longitude, Commune, AreaId, ExternalReference, PrivacyOverride);
    }

    public const string Operation = "events.report";

    public sealed class Handler(EventAccess access, EventIntake intake, EventSaver saver, EventDtos dtos, IdempotencyKeys keys, IdempotentCreate idempotent,
        IStringLocalizer<EventsText> t)
    {
        public async Task<Results<Created<EventDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, Guid userId,
            string? idempotencyKey, CancellationToken ct)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            if (seat is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            if (EventAccess.ReporterFor(seat, r.InstitutionId) is not { } reporter)
            {
                return TypedResults.ValidationProblem(Validation.Single("institutionId",
                    seat.Institutions.Count == 0 ? t["Event_NoInstitution"] : t["Event_InstitutionNotYours"]));
            }
            return await idempotent.RunAsync<Request, EventDto>(partnershipId, reporter.Scope, idempotencyKey, Operation, r, async hash =>
            {
                var prepared = await intake.PrepareAsync(partnershipId, [r.ToInput()], reporter, _ => "", ct);
                if (!prepared.Errors.IsValid)
                {
                    return TypedResults.ValidationProblem(prepared.Errors.Errors);
                }
                if (!prepared.Privacy.IsAccepted)
                {
                    return prepared.Privacy.Problem();
                }
                var dto = (await dtos.ForAsync(partnershipId, prepared.Events, userId, ct))[0];
                await saver.SaveAsync(partnershipId, userId, prepared, () =>
                {
                    // The answer is remembered in the event's own transaction.
                    if (hash is not null)
                    {
                        keys.Remember(partnershipId, reporter.Scope, idempotencyKey!, Operation, hash, StatusCodes.Status201Created, dto);
                    }
                }, ct);
                return TypedResults.Created(Location(partnershipId, dto.Id), dto);
            }, dto => Location(partnershipId, dto.Id), ct);
        }
    }

    public static string Location(Guid partnershipId, Guid eventId) => $"/api/v1/partnerships/{partnershipId}/events/{eventId}";
}
