using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// What the watch cell did with the demo's alerts, told step by step at the instants it happened
/// (<see cref="DemoWatchProcedures"/>). A rodeo episode: the procedure opens the next morning with the
/// municipal police, the cell meets two days later (a note, the national police and the mediators
/// mobilised, a step added for the landlord), and once the episode has been over for a week the cell
/// reports back and closes it; when the rodeos come back in the same area, the measures are put back
/// in place at once, without a meeting, and the alert closed a week after the episode. The heating quartier's alert of this week: the procedure has just
/// started (the landlord and the prevention service mobilised, the facts checked), and its alerts of
/// the weeks before closed into it.
/// <see cref="AdvanceAsync"/> plays the steps due by an instant, so that a closure comes before the
/// evaluations that follow it, as it would have.
/// </summary>
internal sealed class DemoWatchStories(CoprodDbContext db, DemoWatchProcedures procedures)
{
    private sealed record Step(DateTimeOffset At, Func<CancellationToken, Task> Run);

    // How many steps of each alert's story have been played.
    private readonly Dictionary<Guid, int> _played = [];

    // Whether a rodeo alert follows an earlier episode in the same area (the cell then puts its measures back in place).
    private readonly Dictionary<Guid, bool> _repeats = [];

    /// <summary>The categories of the heating quartier, the one the cell takes up first leading.</summary>
    private static readonly string[] HeatingPreference = ["occupation-hall", "degradation", "tension"];

    /// <summary>Plays the steps of the rodeo alerts due by <paramref name="at"/>.</summary>
    public async Task AdvanceAsync(DemoWatchCast cast, AlertRule rodeoRule, DateTimeOffset at, CancellationToken ct)
    {
        var alerts = await db.Set<WatchAlert>().AsNoTracking()
            .Where(a => a.PartnershipId == cast.PartnershipId && a.RuleId == rodeoRule.Id && a.Status != AlertStatus.Closed).ToListAsync(ct);
        foreach (var alert in alerts.Where(a => a.RaisedAt <= at).OrderBy(a => a.RaisedAt).ThenBy(a => a.SeriesKey, StringComparer.Ordinal))
        {
            if (!_repeats.TryGetValue(alert.Id, out var repeat))
            {
                repeat = await db.Set<WatchAlert>().AnyAsync(a => a.RuleId == rodeoRule.Id && a.SeriesKey == alert.SeriesKey && a.PeriodStart < alert.PeriodStart, ct);
                _repeats[alert.Id] = repeat;
            }
            await PlayAsync(alert, repeat ? RodeoAgain(cast, alert) : Rodeo(cast, alert), at, ct);
        }
    }

    /// <summary>Starts the procedure of this week's alert in the heating quartier, by <paramref name="now"/>.</summary>
    public async Task StartHeatingAsync(DemoWatchCast cast, IReadOnlyList<AlertRule> spikeRules, Guid heatingArea, DateTimeOffset now, CancellationToken ct)
    {
        var week = WatchCalendar.WeekOf(now);
        var ruleIds = spikeRules.Select(r => r.Id).ToList();
        var alerts = await db.Set<WatchAlert>().AsNoTracking()
            .Where(a => a.PartnershipId == cast.PartnershipId && ruleIds.Contains(a.RuleId) && a.AreaId == heatingArea && a.Status == AlertStatus.Open)
            .ToListAsync(ct);
        var alert = alerts.Where(a => a.PeriodStart == week.Monday).OrderBy(a => Array.IndexOf(HeatingPreference, a.CategoryCode)).FirstOrDefault();
        if (alert is null)
        {
            return;
        }
        await PlayAsync(alert, Heating(cast, alert, now), now, ct);
        // The quartier's alerts of the weeks before were the first signs: the cell follows them in this procedure.
        var opened = (await db.Set<WatchAlert>().AsNoTracking().SingleAsync(a => a.Id == alert.Id, ct)).ProcedureOpenedAt ?? now;
        foreach (var earlier in alerts.Where(a => a.PeriodEnd < week.Monday).OrderBy(a => a.PeriodStart).ThenBy(a => a.RaisedAt))
        {
            await procedures.CloseAsync(earlier, opened.AddMinutes(10), cast.Coordinator,
                "Hausse confirmée les semaines suivantes : suivie dans la procédure ouverte sur l'alerte de la semaine en cours.", ct);
        }
    }

    private async Task PlayAsync(WatchAlert alert, IReadOnlyList<Step> steps, DateTimeOffset at, CancellationToken ct)
    {
        var played = _played.GetValueOrDefault(alert.Id);
        while (played < steps.Count && steps[played].At <= at)
        {
            await steps[played].Run(ct);
            played++;
        }
        _played[alert.Id] = played;
    }

    private List<Step> Rodeo(DemoWatchCast cast, WatchAlert alert)
    {
        var raised = ParisTime.DateOf(alert.RaisedAt);
        var coordinator = cast.Coordinator;
        var police = cast.UserOf("police-municipale");
        var meeting = At(raised.AddDays(2), 18, 0);
        var report = At(alert.PeriodEnd.AddDays(8), 9, 45);
        return
        [
            new(At(raised.AddDays(1), 9, 30), ct => procedures.OpenAsync(alert, At(raised.AddDays(1), 9, 30), coordinator,
                [Institution(cast, "police-municipale", "Patrouilles renforcées en soirée sur les lieux de rodéo")], ct)),
            new(At(raised.AddDays(1), 11, 15), ct => procedures.TickAsync(alert, At(raised.AddDays(1), 11, 15), police, 1, ct)),
            new(At(raised.AddDays(1), 11, 40), ct => procedures.TickAsync(alert, At(raised.AddDays(1), 11, 40), coordinator, 2, ct)),
            new(meeting, ct => procedures.TickAsync(alert, meeting, coordinator, 3, ct)),
            new(meeting.AddMinutes(50), ct => procedures.NoteAsync(alert, meeting.AddMinutes(50), coordinator,
                "Cellule réunie : les rodéos ont lieu en fin de journée sur les parkings et autour du parc. Patrouilles communes le vendredi et le samedi soir, médiateurs présents l'après-midi.", ct)),
            new(meeting.AddMinutes(55), ct => procedures.MobiliseAsync(alert, meeting.AddMinutes(55), coordinator,
                Institution(cast, "police-nationale", "Opérations de contrôle et saisie des engins"), ct)),
            new(meeting.AddMinutes(56), ct => procedures.MobiliseAsync(alert, meeting.AddMinutes(56), coordinator,
                Institution(cast, "mediation", "Présence des médiateurs en fin d'après-midi auprès des jeunes"), ct)),
            new(meeting.AddMinutes(58), ct => procedures.AddStepAsync(alert, meeting.AddMinutes(58), coordinator,
                "Demander au bailleur de fermer aux deux-roues les accès des parkings", ct)),
            new(meeting.AddMinutes(60), ct => procedures.TickAsync(alert, meeting.AddMinutes(60), coordinator, 4, ct)),
            new(At(raised.AddDays(6), 10, 0), ct => procedures.TickAsync(alert, At(raised.AddDays(6), 10, 0), cast.UserOf("bailleur"), 6, ct)),
            new(report, ct => procedures.TickAsync(alert, report, coordinator, 5, ct)),
            new(report.AddMinutes(20), ct => procedures.CloseAsync(alert, report.AddMinutes(20), coordinator,
                "Patrouilles renforcées et contrôles pendant tout l'épisode, accès des parkings fermés aux deux-roues : plus de rodéo au-dessus du seuil depuis une semaine. Bilan partagé avec les habitants par la médiation et le bailleur.", ct)),
        ];
    }

    private List<Step> RodeoAgain(DemoWatchCast cast, WatchAlert alert)
    {
        var raised = ParisTime.DateOf(alert.RaisedAt);
        var coordinator = cast.Coordinator;
        var open = At(raised.AddDays(1), 9, 15);
        var report = At(alert.PeriodEnd.AddDays(8), 9, 30);
        return
        [
            new(open, ct => procedures.OpenAsync(alert, open, coordinator,
            [
                Institution(cast, "police-municipale", "Patrouilles renforcées en soirée sur les lieux de rodéo"),
                Institution(cast, "police-nationale", "Opérations de contrôle et saisie des engins"),
            ], ct)),
            new(open.AddMinutes(5), ct => procedures.NoteAsync(alert, open.AddMinutes(5), coordinator,
                "Reprise des rodéos après une accalmie : le dispositif de l'épisode précédent est remis en place sans attendre la réunion de la cellule.", ct)),
            new(open.AddMinutes(10), ct => procedures.TickAsync(alert, open.AddMinutes(10), coordinator, 1, ct)),
            new(report.AddMinutes(10), ct => procedures.CloseAsync(alert, report.AddMinutes(10), coordinator,
                "Dispositif remis en place pendant l'épisode : plus de rodéo au-dessus du seuil depuis une semaine. La réunion de la cellule n'a pas été nécessaire.", ct)),
        ];
    }

    private List<Step> Heating(DemoWatchCast cast, WatchAlert alert, DateTimeOffset now)
    {
        var morning = At(ParisTime.DateOf(alert.RaisedAt), 9, 0);
        var open = Earliest(morning > alert.RaisedAt ? morning : morning.AddDays(1), now);
        var landlord = cast.UserOf("bailleur");
        List<Step> steps =
        [
            new(open, ct => procedures.OpenAsync(alert, open, cast.Coordinator,
                [Institution(cast, "bailleur", "Rondes du gardiennage en soirée et remise en état des halls dégradés")], ct)),
            new(Earliest(open.AddMinutes(30), now), ct => procedures.MobiliseAsync(alert, Earliest(open.AddMinutes(30), now), cast.Coordinator,
                Institution(cast, "departement", "Présence éducative renforcée en soirée autour des halls"), ct)),
        ];
        if (cast.People.TryGetValue("Bellil", out var caretaker))
        {
            steps.Add(new(Earliest(open.AddMinutes(35), now), ct => procedures.MobiliseAsync(alert, Earliest(open.AddMinutes(35), now), cast.Coordinator,
                new MobiliseInput(null, caretaker, null, "Signaler chaque soir l'état des halls et du parking"), ct)));
        }
        steps.Add(new(Earliest(open.AddHours(2), now), ct => procedures.TickAsync(alert, Earliest(open.AddHours(2), now), landlord, 1, ct)));
        steps.Add(new(Earliest(open.AddHours(2).AddMinutes(5), now), ct => procedures.NoteAsync(alert, Earliest(open.AddHours(2).AddMinutes(5), now), landlord,
            "Faits confirmés par le gardiennage : halls occupés chaque soir, portes forcées, tensions avec les locataires depuis trois semaines.", ct)));
        return steps;
    }

    private static MobiliseInput Institution(DemoWatchCast cast, string key, string role) => new(cast.Institutions[key], null, null, role);

    private static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        ParisTime.FromLocal(day.ToDateTime(new TimeOnly(hour, minute))).ToUniversalTime();

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
