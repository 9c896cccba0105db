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
/// What every action on an alert's procedure (VEI-2) shares: the alert is loaded for a member of the
/// watch team (403 otherwise, 404 when it is not the partnership's) in the stage the action needs
/// (409 otherwise: the procedure must be open first, a closed alert takes nothing more); the change
/// is saved with its audit record and a new version of the alert, so that an action never lands on
/// an alert closed in between (409); open watch pages are told; the caller gets the alert back.
/// </summary>
public sealed class ProcedureEditing(CoprodDbContext db, WatchAccess access, AuditTrail audit, AlertReader reader, AlertNotifier notifier, TimeProvider clock,
    IStringLocalizer<WatchText> t, IStringLocalizer<UiText> ui)
{
    /// <summary>The stage an action needs.</summary>
    public enum Stage
    {
        /// <summary>Raised, procedure not yet opened (opening it).</summary>
        Open,

        /// <summary>Procedure open (mobilising, checklist, log, urgent meeting).</summary>
        InProcedure,

        /// <summary>Open or in procedure (closing).</summary>
        NotClosed,
    }

    /// <summary>A loaded alert (tracked) with the caller's seat, or the refusal to return.</summary>
    public sealed record Loaded(WatchAlert Alert, WatchAccess.Seat Seat);

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<(Loaded? Loaded, ProblemHttpResult? Refusal)> LoadAsync(Guid partnershipId, Guid alertId, Guid actorId, Stage stage, CancellationToken ct)
    {
        var alert = await db.Set<WatchAlert>().FirstOrDefaultAsync(a => a.Id == alertId && a.PartnershipId == partnershipId, ct);
        var seat = await access.SeatAsync(partnershipId, actorId, ct);
        if (alert is null || seat is null)
        {
            return (null, TypedResults.Problem(detail: t["Watch_AlertNotFound"], statusCode: StatusCodes.Status404NotFound));
        }
        if (!seat.InTeam)
        {
            return (null, TypedResults.Problem(title: t["Forbidden_Title"], detail: t["Forbidden_Team"], statusCode: StatusCodes.Status403Forbidden));
        }
        var problem = (stage, alert.Status) switch
        {
            (_, AlertStatus.Closed) => "Procedure_Closed",
            (Stage.Open, AlertStatus.InProcedure) => "Procedure_AlreadyOpen",
            (Stage.InProcedure, AlertStatus.Open) => "Procedure_NotOpen",
            _ => null,
        };
        return problem is null
            ? (new Loaded(alert, seat), null)
            : (null, TypedResults.Problem(title: t["Procedure_StateTitle"], detail: t[problem], statusCode: StatusCodes.Status409Conflict));
    }

    /// <summary>A log line recorded by Coprod for a step of the procedure (<paramref name="subject"/>: the text it concerns, if any).</summary>
    public void Log(WatchAlert alert, Guid actorId, AlertLogKind kind, string? subject = null) =>
        db.Add(new AlertLogEntry { Id = Guid.NewGuid(), AlertId = alert.Id, At = Now, AuthorId = actorId, Kind = kind, Text = subject });

    /// <summary>Saves the pending changes with <paramref name="entries"/> and a new version of the alert; 409 when it changed in between.</summary>
    public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(Loaded loaded, CancellationToken ct, params AuditEntry[] entries)
    {
        var alert = loaded.Alert;
        // Only the version is written (besides what the action changed): the evaluation's latest figures stay.
        db.Entry(alert).Property(a => a.Version).IsModified = true;
        try
        {
            await audit.SaveWithAuditAsync(ct, entries);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.Concurrency(ui);
        }
        await notifier.ChangedAsync(alert.PartnershipId, ct);
        return TypedResults.Ok((await reader.DetailsAsync(alert.PartnershipId, alert.Id, loaded.Seat, ct))!);
    }
}
