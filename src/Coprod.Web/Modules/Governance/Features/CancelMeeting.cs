using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Cancels a meeting: it stays in the record, marked cancelled, with a higher SEQUENCE, so that its
/// <c>invitation.ics</c> becomes a cancellation (METHOD:CANCEL) that removes it from calendars.
/// </summary>
public static class CancelMeeting
{
    public sealed record Request(Guid Version);

    public sealed class Handler(MeetingEditing editing, AuditTrail audit, GetMeeting.Handler read, TimeProvider clock, IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<MeetingDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Request r, Guid actorId, CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var meeting = loaded!.Meeting;
            if (meeting.IsCancelled)
            {
                return TypedResults.ValidationProblem(Validation.Single("", t["Meeting_Cancelled"]));
            }
            if (meeting.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            meeting.CancelledAt = clock.GetUtcNow();
            meeting.Sequence++;
            editing.ExpectVersion(meeting, r.Version);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.GovernanceMeetingCancelled, partnershipId, actorId, "meeting", meeting.Id.ToString(),
                new { sequence = meeting.Sequence }));
            return TypedResults.Ok((await read.HandleAsync(partnershipId, meeting.Id, actorId, ct))!);
        }
    }
}
