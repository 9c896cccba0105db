using System.Text;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// EVT-3 escalation, one pass: immediate deliveries still unacknowledged <see cref="EscalationOptions.Delay"/>
/// after they were routed are marked escalated and their partnership's coordinators told, on the hub
/// and by e-mail. Each delivery is claimed by an UPDATE … WHERE EscalatedAt IS NULL that only one
/// pass can win, so several instances (or two passes at once) escalate it exactly once.
/// </summary>
public static class EscalateDeliveries
{
    private const int Batch = 500;

    public sealed class Handler(CoprodDbContext db, EventDtos dtos, EventMailRecipients recipients, EventMailText lines, IMailer mailer, AuditTrail audit,
        EventNotifier notifier, IOptions<EscalationOptions> options, IStringLocalizer<EventsText> t)
    {
        /// <summary>Escalates what is due at <paramref name="now"/>; returns the number of deliveries this pass claimed.</summary>
        public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            var delay = options.Value.Delay;
            var due = now - delay;
            var candidates = await db.Set<EventDelivery>().AsNoTracking()
                .Where(d => d.Mode == DeliveryMode.Immediate && d.AcknowledgedAt == null && d.EscalatedAt == null && d.RoutedAt <= due)
                .OrderBy(d => d.RoutedAt).Take(Batch)
                .ToListAsync(ct);
            var claimed = new List<EventDelivery>();
            foreach (var d in candidates)
            {
                var won = await db.Set<EventDelivery>().Where(x => x.Id == d.Id && x.EscalatedAt == null && x.AcknowledgedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.EscalatedAt, now), ct);
                if (won == 1)
                {
                    d.EscalatedAt = now;
                    claimed.Add(d);
                }
            }
            foreach (var partnership in claimed.GroupBy(d => d.PartnershipId))
            {
                await TellCoordinatorsAsync(partnership.Key, partnership.ToList(), delay, ct);
            }
            return claimed.Count;
        }

        private async Task TellCoordinatorsAsync(Guid partnershipId, IReadOnlyList<EventDelivery> escalated, TimeSpan delay, CancellationToken ct)
        {
            var eventIds = escalated.Select(d => d.EventId).Distinct().ToList();
            var events = (await dtos.ForAsync(partnershipId, await db.Set<SafetyEvent>().AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToListAsync(ct), null, ct))
                .ToDictionary(e => e.Id);
            var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
            var text = new StringBuilder().AppendLine(t["Escalation_Intro", (int)delay.TotalMinutes]).AppendLine();
            foreach (var d in escalated.OrderBy(d => d.RoutedAt))
            {
                text.AppendLine(lines.Line(events[d.EventId]) + " " + t["Escalation_To", institutions.GetValueOrDefault(d.InstitutionId, "")]);
            }
            text.AppendLine().AppendLine(t["Mail_Footer"]);
            var subject = t["Escalation_Subject", escalated.Count].Value;
            var to = await recipients.CoordinatorsAsync(partnershipId, ct);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.EventDeliveriesEscalated, partnershipId, null, "partnership", partnershipId.ToString(),
                new { deliveries = escalated.Select(d => d.Id).ToArray(), coordinators = to.Count }));
            await notifier.SendAsync([EventsHub.CoordinatorsGroup(partnershipId)], EventsHub.DeliveryEscalated,
                escalated.Select(d => new DeliveryMessage(d.EventId, d.Id, d.InstitutionId, d.EscalatedAt!.Value)).ToList(), ct);
            foreach (var address in to)
            {
                await mailer.SendAsync(address, subject, text.ToString(), ct);
            }
        }
    }
}
