using System.Globalization;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// CLS-4's escalation, one pass as of an instant: a reminder before the deadline (<see cref="CommitmentReminderOptions.DaysBefore"/>),
/// a formal reminder once overdue (the coordinators in copy), then a listing on the next plenary's agenda
/// (<see cref="CommitmentPlenary"/>). Each step happens once per commitment: it is claimed by a conditional update before
/// anything is sent, so that concurrent instances never send it twice. Mails are in French.
/// </summary>
public static class CommitmentReminders
{
    public sealed class Handler(CoprodDbContext db, CommitmentRecipients recipients, CommitmentPlenary plenary, IMailer mailer, AuditTrail audit,
        IOptions<CommitmentReminderOptions> options, IStringLocalizer<CommitmentText> t, ILogger<Handler> log)
    {
        private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

        /// <summary>Sends what is due as of <paramref name="now"/>; returns how many steps were taken.</summary>
        public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            var culture = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = French;
            try
            {
                var today = ParisTime.DateOf(now);
                var soon = today.AddDays(options.Value.DaysBefore);
                var count = 0;
                var due = await Open().Where(c => c.ReminderSentAt == null && c.FormalReminderSentAt == null && c.DueOn >= today && c.DueOn <= soon)
                    .ToListAsync(ct);
                foreach (var c in due)
                {
                    count += await StepAsync(c, now, formal: false, ct) ? 1 : 0;
                }
                foreach (var c in await Open().Where(c => c.FormalReminderSentAt == null && c.DueOn < today).ToListAsync(ct))
                {
                    count += await StepAsync(c, now, formal: true, ct) ? 1 : 0;
                }
                return count + await plenary.RunOnceAsync(now, ct);
            }
            finally
            {
                CultureInfo.CurrentUICulture = culture;
            }
        }

        private IQueryable<Commitment> Open() => db.Set<Commitment>().AsNoTracking().Where(c => c.Status == CommitmentStatus.Open);

        private async Task<bool> StepAsync(Commitment c, DateTimeOffset now, bool formal, CancellationToken ct)
        {
            var claimed = formal
                ? await db.Set<Commitment>().Where(x => x.Id == c.Id && x.Status == CommitmentStatus.Open && x.FormalReminderSentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.FormalReminderSentAt, now).SetProperty(x => x.Version, Guid.NewGuid()), ct)
                : await db.Set<Commitment>().Where(x => x.Id == c.Id && x.Status == CommitmentStatus.Open && x.ReminderSentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReminderSentAt, now).SetProperty(x => x.Version, Guid.NewGuid()), ct);
            if (claimed == 0)
            {
                return false;
            }
            var today = ParisTime.DateOf(now);
            var institution = await db.Set<Institution>().AsNoTracking().Where(i => i.Id == c.InstitutionId).Select(i => i.Name).FirstOrDefaultAsync(ct) ?? "—";
            var due = c.DueOn.ToString("dd/MM/yyyy");
            var subject = formal ? t["Mail_FormalSubject", due].Value : t["Mail_ReminderSubject", due].Value;
            var body = formal
                ? t["Mail_FormalBody", institution, c.Text, due, c.DaysLate(today)].Value
                : t["Mail_ReminderBody", institution, c.Text, due, c.DueOn.DayNumber - today.DayNumber].Value;
            var to = await recipients.OwersAsync(c, today, ct);
            foreach (var address in to)
            {
                await mailer.SendAsync(address, subject, body, ct);
            }
            if (formal)
            {
                foreach (var address in (await recipients.CoordinatorsAsync(c.PartnershipId, today, ct)).Except(to, StringComparer.OrdinalIgnoreCase))
                {
                    await mailer.SendAsync(address, t["Mail_CopySubject", subject].Value, t["Mail_CopyIntro"] + "\n\n" + body, ct);
                }
            }
            await audit.SaveWithAuditAsync(ct, new AuditEntry(formal ? AuditEventType.CommitmentFormalReminderSent : AuditEventType.CommitmentReminderSent,
                c.PartnershipId, null, "commitment", c.Id.ToString(), new { dueOn = c.DueOn, recipients = to.Count }));
            log.LogInformation("Commitment {CommitmentId}: {Step} sent to {Count} recipients.", c.Id, formal ? "formal reminder" : "reminder", to.Count);
            return true;
        }
    }
}
