using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Changes a meeting: title, time, place, agenda and (when sent) invitees. A change of time, place
/// or agenda raises the iCalendar SEQUENCE, so that the next invitation replaces the previous one in
/// the invitees' calendars. Invitees kept keep their attendance. A stale <c>version</c> is refused (409).
/// </summary>
public static class UpdateMeeting
{
    public sealed record Request(Guid Version, string? Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, IReadOnlyList<string?>? Agenda,
        IReadOnlyList<InviteeInput>? Invitees, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, MeetingEditing editing, AuditTrail audit, AnonymousTextGuard privacyGuard, GetMeeting.Handler read,
        TimeProvider clock, IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<MeetingDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Request r, Guid actorId, CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var (meeting, body) = loaded!;
            var people = await PartnershipPeople.LoadAsync(db, partnershipId, ParisTime.Today(clock), ct);
            var v = MeetingRules.Check(new Validation(), r.Title, r.StartsAt, r.EndsAt, r.Place, r.Agenda, t, ui);
            v.Check(!meeting.IsCancelled, "", t["Meeting_Cancelled"]);
            var invitees = r.Invitees is null ? null : GovernanceInputs.Invitees(v, r.Invitees, people, t);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (meeting.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            var privacy = MeetingRules.CheckTexts(privacyGuard.Begin(r.PrivacyOverride), r.Title, r.Agenda, meeting);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var agenda = MeetingRules.Agenda(r.Agenda, body.Kind);
            var startsAt = MeetingRules.Utc(r.StartsAt!.Value);
            var endsAt = MeetingRules.Utc(r.EndsAt!.Value);
            var place = BodyRules.Clean(r.Place);
            var changed = startsAt != meeting.StartsAt || endsAt != meeting.EndsAt || place != meeting.Place
                || !agenda.Select(a => a.Text).SequenceEqual(meeting.Agenda.OrderBy(a => a.Position).Select(a => a.Text));
            meeting.Title = r.Title!.Trim();
            meeting.StartsAt = startsAt;
            meeting.EndsAt = endsAt;
            meeting.Place = place;
            if (changed)
            {
                meeting.Sequence++;
                meeting.Agenda.Clear();
                agenda.ForEach(a => a.MeetingId = meeting.Id);
                db.AddRange(agenda);
            }
            if (invitees is not null)
            {
                ReplaceInvitees(meeting, invitees);
            }
            editing.ExpectVersion(meeting, r.Version);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceMeetingUpdated, partnershipId, actorId, "meeting", meeting.Id.ToString(),
                    new { sequence = meeting.Sequence, agendaItems = agenda.Count, invitees = meeting.Invitees.Count }),
                .. privacy.AuditEntries(partnershipId, actorId, "meeting", meeting.Id.ToString())]);
            return TypedResults.Ok((await read.HandleAsync(partnershipId, meeting.Id, actorId, ct))!);
        }

        /// <summary>Keeps the invitees still invited (and their attendance), removes the others, adds the new ones.</summary>
        private void ReplaceInvitees(Meeting meeting, List<Invitee> wanted)
        {
            static Guid KeyOf(Invitee i) => i.InstitutionId ?? i.MembershipId ?? Guid.Empty;
            var keys = wanted.Select(KeyOf).ToHashSet();
            meeting.Invitees.RemoveAll(i => !keys.Contains(KeyOf(i)));
            var kept = meeting.Invitees.Select(KeyOf).ToHashSet();
            foreach (var invitee in wanted.Where(i => !kept.Contains(KeyOf(i))))
            {
                invitee.MeetingId = meeting.Id;
                db.Add(invitee);
            }
        }
    }
}
