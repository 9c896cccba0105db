using System.Text;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Coprod.Web.Platform.Realtime;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>A new alert, as hub clients of the coordinators' group receive it (<see cref="AlertNotifier.AlertRaised"/>).</summary>
public sealed record AlertRaisedMessage(Guid AlertId, Guid RuleId, string RuleName, string Place, string Category, int Count, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>
/// Tells the watch cell of a new alert (VEI-1): a mail in French to its members and the coordinators
/// (<see cref="WatchAccess.RecipientsAsync"/>), the message <see cref="AlertRaised"/> on the live feed
/// hub to the coordinators, and a signal on <see cref="AlertsGroup"/> that makes the open watch pages
/// reload (through their handlers, which apply each reader's rights). Mail and real time never fail
/// the evaluation: what was raised stays raised, and shows on the next load.
/// </summary>
public sealed class AlertNotifier(CoprodDbContext db, WatchAccess access, IGeography geography, IMailer mailer, EventNotifier hub, IRealtimeBus bus,
    IStringLocalizer<WatchText> t, ILogger<AlertNotifier> log)
{
    /// <summary>The hub method and signal kind of a new alert.</summary>
    public const string AlertRaised = "alertRaised";

    /// <summary>The real-time group the watch pages of a partnership follow.</summary>
    public static string AlertsGroup(Guid partnershipId) => $"watch:{partnershipId:N}:alerts";

    public async Task RaisedAsync(WatchAlert alert, AlertRule rule, CancellationToken ct)
    {
        var names = await AlertNames.LoadAsync(db, geography, t, alert.PartnershipId, ct);
        var (subject, text) = PlatformLanguage.Write(() => Compose(alert, rule, names));
        foreach (var address in await access.RecipientsAsync(alert.PartnershipId, ct))
        {
            try
            {
                await mailer.SendAsync(address, subject, text, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "An alert mail could not be sent.");
            }
        }
        var message = new AlertRaisedMessage(alert.Id, rule.Id, rule.Name, names.Place(alert.AreaId, alert.CommuneInsee), names.Category(alert.CategoryCode),
            alert.Count, alert.PeriodStart, alert.PeriodEnd);
        await hub.SendAsync([EventsHub.CoordinatorsGroup(alert.PartnershipId)], AlertRaised, message, ct);
        await ChangedAsync(alert.PartnershipId, ct);
    }

    /// <summary>Tells the open watch pages that an alert changed.</summary>
    public async Task ChangedAsync(Guid partnershipId, CancellationToken ct)
    {
        try
        {
            await bus.PublishAsync(new RealtimeSignal([AlertsGroup(partnershipId)], AlertRaised), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Real-time notification {Method} failed.", AlertRaised);
        }
    }

    private (string Subject, string Text) Compose(WatchAlert alert, AlertRule rule, AlertNames names)
    {
        var place = names.Place(alert.AreaId, alert.CommuneInsee);
        var category = names.Category(alert.CategoryCode);
        var text = new StringBuilder()
            .AppendLine(t["Mail_Intro", rule.Name]).AppendLine()
            .AppendLine(t["Mail_What", category, place, AlertPeriod.Text(alert, rule.Kind, t)])
            .AppendLine(t.Explain(alert.Assessment)).AppendLine()
            .AppendLine(t["Mail_Footer"]);
        return (t["Mail_Subject", category, place].Value, text.ToString());
    }
}
