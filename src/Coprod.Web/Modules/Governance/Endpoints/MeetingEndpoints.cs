using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Endpoints;

internal static class MeetingEndpoints
{
    public static void MapMeetingEndpoints(this RouteGroupBuilder governance)
    {
        var meetings = governance.MapGroup("/meetings/{meetingId:guid}");

        meetings.MapGet("", async Task<Results<Ok<MeetingDto>, ProblemHttpResult>> (Guid partnershipId, Guid meetingId, GetMeeting.Handler handler, HttpContext http,
                IStringLocalizer<GovernanceText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, meetingId, http.User.RequireUserId(), ct) is { } meeting
                    ? TypedResults.Ok(meeting)
                    : TypedResults.Problem(detail: t["Meeting_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Governance_GetMeeting")
            .WithSummary("A meeting: agenda, invitees with their addresses, attendance, minutes.");

        meetings.MapGet("/invitation.ics", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid partnershipId, Guid meetingId, GetInvitation.Handler handler,
                IStringLocalizer<GovernanceText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, meetingId, ct) is { } invitation
                    ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(invitation.Calendar), MeetingCalendar.ContentType + "; charset=utf-8", "invitation.ics")
                    : TypedResults.Problem(detail: t["Meeting_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Governance_GetInvitation")
            .WithSummary("The meeting as iCalendar (RFC 5545): METHOD:REQUEST, or METHOD:CANCEL once cancelled; stable UID, SEQUENCE raised on each change.");

        meetings.MapPut("", (Guid partnershipId, Guid meetingId, UpdateMeeting.Request request, UpdateMeeting.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, meetingId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Governance_UpdateMeeting")
            .WithSummary("Change title, time, place, agenda, invitees (the body's managers); 409 on a stale version.");

        meetings.MapPost("/cancel", (Guid partnershipId, Guid meetingId, CancelMeeting.Request request, CancelMeeting.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, meetingId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Governance_CancelMeeting")
            .WithSummary("Cancel a meeting (kept, marked cancelled; its invitation becomes a cancellation).");

        meetings.MapPost("/send-invitations", (Guid partnershipId, Guid meetingId, SendInvitations.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, meetingId, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Governance_SendInvitations")
            .WithSummary("Mail every invitee the invitation (or cancellation) with invitation.ics attached.");

        meetings.MapPut("/attendance", (Guid partnershipId, Guid meetingId, RecordAttendance.Request request, RecordAttendance.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, meetingId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Governance_RecordAttendance")
            .WithSummary("Record attendance per invitee: present, excused, absent, represented (by a function: anonymous text, 422).");

        meetings.MapPut("/minutes", (Guid partnershipId, Guid meetingId, SaveMinutes.Request request, SaveMinutes.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, meetingId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Governance_SaveMinutes")
            .WithSummary("Save the minutes: no personal data (422 with findings; privacyOverride { reason } for person names only, audited).");

        meetings.MapMeetingDocumentEndpoints();
    }
}
