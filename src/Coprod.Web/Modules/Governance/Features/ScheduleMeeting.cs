using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Schedules a meeting of a body (GOV-2): title, start and end (the end after the start), place,
/// ordered agenda items and invitees. Without invitees, the body's members are invited. A plenary's
/// agenda always holds « État de la délinquance ». Agenda items and title are anonymous texts
/// (PRIV-1): PRIV-1 binds the plenary and restricted formation; the other bodies pass the same check,
/// which costs nothing.
/// </summary>
public static class ScheduleMeeting
{
    public sealed record Request(string? Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, IReadOnlyList<string?>? Agenda,
        IReadOnlyList<InviteeInput>? Invitees, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, GovernanceAccess access, AnonymousTextGuard privacyGuard, GetMeeting.Handler read,
        TimeProvider clock, IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<MeetingDto>, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid bodyId, Request r, Guid actorId, CancellationToken ct)
        {
            var body = await db.Set<Body>().AsNoTracking().Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == bodyId && b.PartnershipId == partnershipId, ct);
            if (body is null)
            {
                return TypedResults.NotFound();
            }
            if (await access.RefuseUnlessManagerAsync(partnershipId, actorId, body.Kind) is { } refusal)
            {
                return refusal;
            }
            var now = clock.GetUtcNow();
            var people = await PartnershipPeople.LoadAsync(db, partnershipId, ParisTime.DateOf(now), ct);
            var v = MeetingRules.Check(new Validation(), r.Title, r.StartsAt, r.EndsAt, r.Place, r.Agenda, t, ui);
            v.Check(body.Status != BodyStatus.Closed, "bodyId", t["Meeting_BodyClosed"]);
            var invitees = r.Invitees is null
                ? body.Members.Select(m => new Invitee { Id = Guid.NewGuid(), InstitutionId = m.InstitutionId, MembershipId = m.MembershipId }).ToList()
                : GovernanceInputs.Invitees(v, r.Invitees, people, t);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = MeetingRules.CheckTexts(privacyGuard.Begin(r.PrivacyOverride), r.Title, r.Agenda, null);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var meeting = new Meeting
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                BodyId = body.Id,
                Title = r.Title!.Trim(),
                StartsAt = MeetingRules.Utc(r.StartsAt!.Value),
                EndsAt = MeetingRules.Utc(r.EndsAt!.Value),
                Place = BodyRules.Clean(r.Place),
                CreatedAt = now,
                Agenda = MeetingRules.Agenda(r.Agenda, body.Kind),
                Invitees = invitees,
            };
            db.Add(meeting);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceMeetingScheduled, partnershipId, actorId, "meeting", meeting.Id.ToString(),
                    new { bodyId = body.Id, agendaItems = meeting.Agenda.Count, invitees = invitees.Count }),
                .. privacy.AuditEntries(partnershipId, actorId, "meeting", meeting.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/governance/meetings/{meeting.Id}", (await read.HandleAsync(partnershipId, meeting.Id, actorId, ct))!);
        }
    }
}
