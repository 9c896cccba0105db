using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>POST …/alerts/{id}/urgent-meeting</c>: schedules the urgent meeting of the watch cell (VEI-2)
/// as a governance meeting of its body (<see cref="ScheduleMeeting"/>): title « Réunion d'urgence –
/// … », agenda drawn from the alert, the body's members invited, starting at <c>startsAt</c> (required,
/// with its offset) and ending at <c>endsAt</c> (default: an hour later), at <c>place</c>. With several
/// watch-cell bodies, <c>bodyId</c> says which. Governance decides who may: the body's manager, the
/// coordinator (403 for the others). Invitations are sent from the meeting's page, as for any meeting.
/// </summary>
public static class ScheduleUrgentMeeting
{
    public sealed record Request(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt = null, string? Place = null, Guid? BodyId = null,
        PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, ProcedureEditing editing, WatchAccess access, ScheduleMeeting.Handler schedule, IGeography geography,
        IStringLocalizer<WatchText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.InProcedure, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var alert = loaded!.Alert;
            if (alert.UrgentMeetingId is { } existing && await db.Set<Meeting>().AnyAsync(m => m.Id == existing && m.CancelledAt == null, ct))
            {
                return TypedResults.Problem(title: t["Procedure_StateTitle"], detail: t["Meeting_Already"], statusCode: StatusCodes.Status409Conflict);
            }
            var today = DateOnly.FromDateTime(editing.Now.UtcDateTime);
            var bodies = await access.CellBodies(partnershipId, today).Select(b => b.Id).ToListAsync(ct);
            var v = new Validation().Check(r.StartsAt is not null, "startsAt", ui["Validation_Required"]);
            var bodyId = r.BodyId ?? (bodies.Count == 1 ? bodies[0] : null);
            v.Check(bodyId is { } id && bodies.Contains(id), "bodyId",
                t[r.BodyId is not null ? "Meeting_BodyUnknown" : bodies.Count == 0 ? "Meeting_NoCell" : "Meeting_ChooseBody"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var (title, agenda) = await ComposeAsync(alert, ct);
            var start = r.StartsAt!.Value;
            var result = await schedule.HandleAsync(partnershipId, bodyId!.Value,
                new ScheduleMeeting.Request(title, start, r.EndsAt ?? start + AlertLimits.MeetingLength, r.Place, agenda, null, r.PrivacyOverride), actorId, ct);
            switch (result.Result)
            {
                case Created<MeetingDto> created:
                    alert.UrgentMeetingId = created.Value!.Id;
                    editing.Log(alert, actorId, AlertLogKind.UrgentMeetingScheduled);
                    return await editing.SaveAsync(loaded, ct,
                        new AuditEntry(AuditEventType.WatchUrgentMeetingScheduled, partnershipId, actorId, "alert", alert.Id.ToString(), new { meeting = alert.UrgentMeetingId, bodyId }));
                case ValidationProblem invalid:
                    return invalid;
                case ProblemHttpResult problem:
                    return problem;
                default:
                    return TypedResults.Problem(detail: t["Meeting_NoCell"], statusCode: StatusCodes.Status404NotFound);
            }
        }

        /// <summary>The meeting's title and agenda, in the platform's language: the alert, its sentence, then the usual points.</summary>
        private async Task<(string Title, List<string?> Agenda)> ComposeAsync(WatchAlert alert, CancellationToken ct)
        {
            var rule = await db.Set<AlertRule>().AsNoTracking().FirstAsync(x => x.Id == alert.RuleId, ct);
            var names = await AlertNames.LoadAsync(db, geography, t, alert.PartnershipId, ct);
            return PlatformLanguage.Write(() =>
            {
                var what = $"{names.Category(alert.CategoryCode)}, {names.Place(alert.AreaId, alert.CommuneInsee)}";
                var title = t["Meeting_Title", what].Value;
                title = title.Length <= GovernanceLimits.Name ? title : title[..(GovernanceLimits.Name - 1)] + "…";
                List<string?> agenda =
                [
                    Cut(t["Meeting_AgendaAlert", rule.Name, what, AlertPeriod.Text(alert, rule.Kind, t)]),
                    Cut(t.Explain(alert.Assessment)),
                    t["Meeting_AgendaSituation"],
                    t["Meeting_AgendaMeasures"],
                    t["Meeting_AgendaFollowUp"],
                ];
                return (title, agenda);
            });
        }

        private static string Cut(string text) => text.Length <= GovernanceLimits.AgendaItem ? text : text[..(GovernanceLimits.AgendaItem - 1)] + "…";
    }
}
