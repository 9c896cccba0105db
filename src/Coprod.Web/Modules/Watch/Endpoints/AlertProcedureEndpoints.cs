using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Watch.Endpoints;

/// <summary>The watch procedure of one alert (VEI-2), for the watch team; each action answers with the alert as <c>GET …/alerts/{id}</c> shows it.</summary>
internal static class AlertProcedureEndpoints
{
    public static void MapProcedureEndpoints(this RouteGroupBuilder alert)
    {
        alert.MapPost("/procedure", (Guid partnershipId, Guid alertId, OpenProcedure.Request request, OpenProcedure.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, alertId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_OpenProcedure")
            .WithSummary("Open the watch procedure of an open alert, optionally mobilising at once (mobilised: [{institutionId|personId|membershipId, role}]); starts the usual checklist.");

        alert.MapPost("/mobilised", (Guid partnershipId, Guid alertId, AddMobilised.Request request, AddMobilised.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, alertId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_AddMobilised")
            .WithSummary("Mobilise one institution, directory person or member (exactly one id) with their role (anonymous text).");

        alert.MapDelete("/mobilised/{mobilisationId:guid}", (Guid partnershipId, Guid alertId, Guid mobilisationId, RemoveMobilised.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, alertId, mobilisationId, http.User.RequireUserId(), ct))
            .WithName("Watch_RemoveMobilised")
            .WithSummary("Stand a mobilised institution or person down (the log keeps it).");

        alert.MapPost("/checklist", (Guid partnershipId, Guid alertId, AddChecklistItem.Request request, AddChecklistItem.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, alertId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_AddChecklistItem")
            .WithSummary("Add a step to the procedure's checklist (text, anonymous).");

        alert.MapPut("/checklist/{itemId:guid}", (Guid partnershipId, Guid alertId, Guid itemId, CheckChecklistItem.Request request, CheckChecklistItem.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, alertId, itemId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_CheckChecklistItem")
            .WithSummary("Tick ({ done: true }) or untick a step; who and when are kept.");

        alert.MapPost("/log", (Guid partnershipId, Guid alertId, AddLogEntry.Request request, AddLogEntry.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, alertId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_AddLogEntry")
            .WithSummary("Write a line in the procedure's log (text, anonymous: 422 when it names someone).");

        alert.MapPost("/urgent-meeting", (Guid partnershipId, Guid alertId, ScheduleUrgentMeeting.Request request, ScheduleUrgentMeeting.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, alertId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_ScheduleUrgentMeeting")
            .WithSummary("Schedule the watch cell's urgent meeting (a governance meeting of its body; its manager only): startsAt, endsAt (default +1 h), place, bodyId.");

        alert.MapPost("/close", (Guid partnershipId, Guid alertId, CloseAlert.Request request, CloseAlert.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, alertId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_CloseAlert")
            .WithSummary("Close the alert with its outcome (anonymous); never reopened for its period.");
    }
}
