using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The watch procedure's actions (VEI-2) replayed at past instants: the module's own handlers, with the
/// same checks, statuses, privacy guard and audit, built with a <see cref="DemoWatchClock"/> so that the
/// procedure's dates (opened, mobilised, ticked, logged, closed) are those of the story. The audit
/// records keep the real time of writing, as for the rest of the demo.
/// </summary>
internal sealed class DemoWatchProcedures
{
    private readonly CoprodDbContext _db;
    private readonly DemoWatchClock _clock = new();
    private readonly OpenProcedure.Handler _open;
    private readonly AddMobilised.Handler _mobilise;
    private readonly AddChecklistItem.Handler _addStep;
    private readonly CheckChecklistItem.Handler _tick;
    private readonly AddLogEntry.Handler _note;
    private readonly CloseAlert.Handler _close;

    public DemoWatchProcedures(IServiceProvider services, CoprodDbContext db)
    {
        _db = db;
        // The handlers take their time from ProcedureEditing and MobiliseChecks: only those two get the story's clock.
        var editing = ActivatorUtilities.CreateInstance<ProcedureEditing>(services, _clock);
        var checks = ActivatorUtilities.CreateInstance<MobiliseChecks>(services, _clock);
        _open = ActivatorUtilities.CreateInstance<OpenProcedure.Handler>(services, editing, checks);
        _mobilise = ActivatorUtilities.CreateInstance<AddMobilised.Handler>(services, editing, checks);
        _addStep = ActivatorUtilities.CreateInstance<AddChecklistItem.Handler>(services, editing);
        _tick = ActivatorUtilities.CreateInstance<CheckChecklistItem.Handler>(services, editing);
        _note = ActivatorUtilities.CreateInstance<AddLogEntry.Handler>(services, editing);
        _close = ActivatorUtilities.CreateInstance<CloseAlert.Handler>(services, editing);
    }

    public async Task OpenAsync(WatchAlert alert, DateTimeOffset at, Guid actorId, IReadOnlyList<MobiliseInput> mobilised, CancellationToken ct) =>
        Check(await At(at)._open.HandleAsync(alert.PartnershipId, alert.Id, new OpenProcedure.Request([.. mobilised]), actorId, ct), alert, "open");

    public async Task MobiliseAsync(WatchAlert alert, DateTimeOffset at, Guid actorId, MobiliseInput who, CancellationToken ct) =>
        Check(await At(at)._mobilise.HandleAsync(alert.PartnershipId, alert.Id,
            new AddMobilised.Request(who.InstitutionId, who.PersonId, who.MembershipId, who.Role), actorId, ct), alert, "mobilise");

    public async Task AddStepAsync(WatchAlert alert, DateTimeOffset at, Guid actorId, string text, CancellationToken ct) =>
        Check(await At(at)._addStep.HandleAsync(alert.PartnershipId, alert.Id, new AddChecklistItem.Request(text), actorId, ct), alert, "add step");

    /// <summary>Ticks the step at <paramref name="position"/> (1 for the first of the usual checklist).</summary>
    public async Task TickAsync(WatchAlert alert, DateTimeOffset at, Guid actorId, int position, CancellationToken ct)
    {
        var item = await _db.Set<AlertChecklistItem>().AsNoTracking().Where(c => c.AlertId == alert.Id && c.Position == position).Select(c => c.Id).SingleAsync(ct);
        Check(await At(at)._tick.HandleAsync(alert.PartnershipId, alert.Id, item, new CheckChecklistItem.Request(true), actorId, ct), alert, "tick");
    }

    public async Task NoteAsync(WatchAlert alert, DateTimeOffset at, Guid actorId, string text, CancellationToken ct) =>
        Check(await At(at)._note.HandleAsync(alert.PartnershipId, alert.Id, new AddLogEntry.Request(text), actorId, ct), alert, "note");

    public async Task CloseAsync(WatchAlert alert, DateTimeOffset at, Guid actorId, string outcome, CancellationToken ct) =>
        Check(await At(at)._close.HandleAsync(alert.PartnershipId, alert.Id, new CloseAlert.Request(outcome), actorId, ct), alert, "close");

    private DemoWatchProcedures At(DateTimeOffset at)
    {
        // Each action loads the alert afresh, as a request would: the evaluation updates alerts without tracking.
        _db.ChangeTracker.Clear();
        _clock.Now = at;
        return this;
    }

    private static void Check(Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult> result, WatchAlert alert, string action)
    {
        var problem = result.Result switch
        {
            ValidationProblem v => string.Join("; ", v.ProblemDetails.Errors.SelectMany(e => e.Value)),
            ProblemHttpResult p => p.ProblemDetails.Detail ?? p.ProblemDetails.Title,
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException($"Demo watch procedure refused ({action}, alert {alert.Id}): {problem}");
        }
    }
}
