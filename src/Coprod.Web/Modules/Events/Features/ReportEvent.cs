using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// A member, or a partner's system with its API key (EVT-4), reports one event (EVT-1), with an
/// optional <c>Idempotency-Key</c>: a retry of the same report (after a lost connection) returns the first answer and never a second event; the same key
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

    public sealed class Handler(EventSubmission submission, EventDtos dtos)
    {
        /// <summary>A member reports (the reporting page and the API with a user's token).</summary>
        public Task<Results<Created<EventDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, Guid userId,
            string? idempotencyKey, CancellationToken ct) =>
            HandleAsync(partnershipId, r, EventCaller.Member(userId), idempotencyKey, ct);

        /// <summary>A member or an API key reports; a key's idempotency keys are its own, apart from any person's.</summary>
        public Task<Results<Created<EventDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, EventCaller caller,
            string? idempotencyKey, CancellationToken ct) =>
            submission.SubmitAsync(partnershipId, caller, r.InstitutionId, idempotencyKey, Operation, r, [r.ToInput()], _ => "",
                async (reporter, prepared) => (await dtos.ForAcceptedAsync(partnershipId, prepared.Events, reporter.UserId, ct))[0],
                dto => Location(partnershipId, dto.Id), ct);
    }

    public static string Location(Guid partnershipId, Guid eventId) => $"/api/v1/partnerships/{partnershipId}/events/{eventId}";
}
