using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Saves a meeting's minutes (GOV-2). They never hold a named person (PRIV-1): refused with a 422
/// listing the findings; a text flagged for person names only is saved on a stated reason
/// (<c>privacyOverride</c>), which the audit trail keeps.
/// </summary>
public static class SaveMinutes
{
    public sealed record Request(Guid Version, string? Minutes, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(MeetingEditing editing, AuditTrail audit, AnonymousTextGuard privacyGuard, GetMeeting.Handler read,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<MeetingDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Request r, Guid actorId, CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var meeting = loaded!.Meeting;
            var minutes = BodyRules.Clean(r.Minutes);
            if ((minutes?.Length ?? 0) > GovernanceLimits.Minutes)
            {
                return TypedResults.ValidationProblem(Validation.Single("minutes", ui["Validation_TooLong", GovernanceLimits.Minutes]));
            }
            if (meeting.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).CheckChanged("minutes", minutes, meeting.Minutes);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            meeting.Minutes = minutes;
            editing.ExpectVersion(meeting, r.Version);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceMinutesSaved, partnershipId, actorId, "meeting", meeting.Id.ToString(), new { length = minutes?.Length ?? 0 }),
                .. privacy.AuditEntries(partnershipId, actorId, "meeting", meeting.Id.ToString())]);
            return TypedResults.Ok((await read.HandleAsync(partnershipId, meeting.Id, actorId, ct))!);
        }
    }
}
