using System.Globalization;
using System.Text;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// EVT-2 daily digest, one pass: for each institution with digest deliveries not yet sent, the pass
/// claims them (UPDATE … WHERE DigestSentAt IS NULL, with a batch id, so two instances never send the
/// same delivery twice), then mails the institution's current members one message listing the events,
/// their description included (anonymous by construction). An institution without members keeps its
/// deliveries marked sent: they are in its feed.
/// </summary>
public static class SendDigests
{
    public sealed class Handler(CoprodDbContext db, EventDtos dtos, EventMailRecipients recipients, EventMailText lines, IMailer mailer, AuditTrail audit,
        IStringLocalizer<EventsText> t)
    {
        /// <summary>Sends what was routed up to <paramref name="now"/>; returns the number of digests (institutions) this pass sent.</summary>
        public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            var pending = await db.Set<EventDelivery>().AsNoTracking()
                .Where(d => d.Mode == DeliveryMode.Digest && d.DigestSentAt == null && d.RoutedAt <= now)
                .Select(d => new { d.PartnershipId, d.InstitutionId })
                .Distinct()
                .ToListAsync(ct);
            var sent = 0;
            foreach (var p in pending)
            {
                var batch = Guid.NewGuid();
                var claimed = await db.Set<EventDelivery>()
                    .Where(d => d.PartnershipId == p.PartnershipId && d.InstitutionId == p.InstitutionId && d.Mode == DeliveryMode.Digest && d.DigestSentAt == null && d.RoutedAt <= now)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.DigestSentAt, now).SetProperty(d => d.DigestBatchId, batch), ct);
                if (claimed > 0)
                {
                    await SendAsync(p.PartnershipId, p.InstitutionId, batch, now, ct);
                    sent++;
                }
            }
            return sent;
        }

        private async Task SendAsync(Guid partnershipId, Guid institutionId, Guid batch, DateTimeOffset now, CancellationToken ct)
        {
            var eventIds = await db.Set<EventDelivery>().AsNoTracking().Where(d => d.DigestBatchId == batch).Select(d => d.EventId).ToListAsync(ct);
            var events = await db.Set<SafetyEvent>().AsNoTracking().Where(e => eventIds.Contains(e.Id)).OrderBy(e => e.OccurredAt).ToListAsync(ct);
            var institution = await db.Set<Institution>().AsNoTracking().Where(i => i.Id == institutionId).Select(i => i.Name).FirstOrDefaultAsync(ct) ?? "";
            var text = new StringBuilder().AppendLine(t["Digest_Intro", institution]).AppendLine();
            foreach (var e in await dtos.ForAsync(partnershipId, events, null, ct))
            {
                text.AppendLine(lines.Line(e));
                if (e.Description.Length > 0)
                {
                    text.AppendLine("  " + e.Description);
                }
            }
            text.AppendLine().AppendLine(t["Mail_Footer"]);
            var subject = t["Digest_Subject", ParisTime.ToParis(now).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)].Value;
            var to = await recipients.MembersOfAsync(partnershipId, institutionId, ct);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.EventDigestSent, partnershipId, null, "institution", institutionId.ToString(),
                new { events = events.Count, recipients = to.Count }));
            foreach (var address in to)
            {
                await mailer.SendAsync(address, subject, text.ToString(), ct);
            }
        }
    }
}
