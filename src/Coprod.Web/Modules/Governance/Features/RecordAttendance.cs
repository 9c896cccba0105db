using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Records who came (GOV-2, feeds GOV-4): per invitee — an institution or a member — present, excused,
/// absent or represented, and by whom (a function, not a name: anonymous text, PRIV-1). Invitees not
/// listed keep their state; <c>attendance: null</c> clears it.
/// </summary>
public static class RecordAttendance
{
    public sealed record Entry(Guid InviteeId, Attendance? Attendance, string? RepresentedBy);

    public sealed record Request(Guid Version, IReadOnlyList<Entry>? Entries, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(MeetingEditing editing, AuditTrail audit, AnonymousTextGuard privacyGuard, GetMeeting.Handler read, IStringLocalizer<GovernanceText> t,
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
            var entries = r.Entries ?? [];
            var v = new Validation();
            v.Check(!meeting.IsCancelled, "", t["Meeting_Cancelled"]);
            v.Check(entries.Count > 0, "entries", ui["Validation_Required"]);
            var privacy = privacyGuard.Begin(r.PrivacyOverride);
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                var field = $"entries[{i}]";
                v.Check(meeting.Invitees.Any(x => x.Id == e.InviteeId), $"{field}.inviteeId", t["Attendance_UnknownInvitee"]);
                v.Check(e.Attendance is null || Enum.IsDefined(e.Attendance.Value), $"{field}.attendance", t["Attendance_Invalid"]);
                var by = BodyRules.Clean(e.RepresentedBy);
                v.Check(e.Attendance != Attendance.Represented || by is not null, $"{field}.representedBy", t["Attendance_RepresentedByRequired"]);
                v.Check((by?.Length ?? 0) <= GovernanceLimits.RepresentedBy, $"{field}.representedBy", ui["Validation_TooLong", GovernanceLimits.RepresentedBy]);
                var before = meeting.Invitees.FirstOrDefault(x => x.Id == e.InviteeId)?.RepresentedBy;
                privacy.CheckChanged($"{field}.representedBy", e.Attendance == Attendance.Represented ? by : null, before);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (meeting.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            foreach (var e in entries)
            {
                var invitee = meeting.Invitees.First(x => x.Id == e.InviteeId);
                invitee.Attendance = e.Attendance;
                invitee.RepresentedBy = e.Attendance == Attendance.Represented ? BodyRules.Clean(e.RepresentedBy) : null;
            }
            editing.ExpectVersion(meeting, r.Version);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceAttendanceRecorded, partnershipId, actorId, "meeting", meeting.Id.ToString(), new { entries = entries.Count }),
                .. privacy.AuditEntries(partnershipId, actorId, "meeting", meeting.Id.ToString())]);
            return TypedResults.Ok((await read.HandleAsync(partnershipId, meeting.Id, actorId, ct))!);
        }
    }
}
