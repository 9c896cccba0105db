using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// The last step of CLS-4's escalation: a commitment still open <see cref="CommitmentReminderOptions.PlenaryAfterDays"/> days after its
/// formal reminder is put on the agenda of the partnership's next plenary meeting (not cancelled, not started), in one item
/// (<see cref="AgendaKeys.LateCommitments"/>) that lists every late commitment listed there; the meeting's sequence grows so that
/// calendars take the new agenda. Without an upcoming plenary, nothing happens: the next pass tries again.
/// </summary>
public sealed class CommitmentPlenary(CoprodDbContext db, AuditTrail audit, IOptions<CommitmentReminderOptions> options, IStringLocalizer<CommitmentText> t,
    ILogger<CommitmentPlenary> log)
{
    private const int Attempts = 3;

    /// <summary>Lists what waits as of <paramref name="now"/>; returns how many commitments were listed.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.PlenaryAfterDays);
        var waiting = await db.Set<Commitment>().AsNoTracking()
            .Where(c => c.Status == CommitmentStatus.Open && c.PlenaryMeetingId == null && c.FormalReminderSentAt != null && c.FormalReminderSentAt <= before)
            .Select(c => new { c.Id, c.PartnershipId }).ToListAsync(ct);
        var listed = 0;
        foreach (var group in waiting.GroupBy(c => c.PartnershipId))
        {
            var meetingId = await db.Set<Meeting>().AsNoTracking()
                .Where(m => m.PartnershipId == group.Key && m.CancelledAt == null && m.StartsAt > now)
                .Where(m => db.Set<Body>().Any(b => b.Id == m.BodyId && b.Kind == BodyKind.Plenary))
                .OrderBy(m => m.StartsAt).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
            if (meetingId is not { } id)
            {
                continue;
            }
            var claimed = new List<Guid>();
            foreach (var c in group)
            {
                if (await db.Set<Commitment>().Where(x => x.Id == c.Id && x.PlenaryMeetingId == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlenaryMeetingId, id).SetProperty(x => x.PlenaryListedAt, now)
                            .SetProperty(x => x.Version, Guid.NewGuid()), ct) == 1)
                {
                    claimed.Add(c.Id);
                }
            }
            if (claimed.Count > 0)
            {
                await WriteAgendaAsync(group.Key, id, claimed, ct);
                listed += claimed.Count;
            }
        }
        return listed;
    }

    /// <summary>Creates or rewrites the meeting's late-commitments item; retried when another instance changed the meeting meanwhile.</summary>
    private async Task WriteAgendaAsync(Guid partnershipId, Guid meetingId, IReadOnlyList<Guid> claimed, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var meeting = await db.Set<Meeting>().Include(m => m.Agenda).FirstAsync(m => m.Id == meetingId, ct);
                var text = await TextAsync(partnershipId, meetingId, ct);
                var item = meeting.Agenda.FirstOrDefault(a => a.Key == AgendaKeys.LateCommitments);
                if (item is null)
                {
                    item = new AgendaItem
                    {
                        Id = Guid.NewGuid(),
                        MeetingId = meetingId,
                        Position = meeting.Agenda.Select(a => a.Position).DefaultIfEmpty(0).Max() + 1,
                        Key = AgendaKeys.LateCommitments,
                    };
                    db.Add(item);
                }
                item.Text = text;
                meeting.Sequence++;
                await audit.SaveWithAuditAsync(ct, claimed.Select(c => new AuditEntry(AuditEventType.CommitmentListedForPlenary, partnershipId, null, "commitment",
                    c.ToString(), new { meetingId })).ToArray());
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                log.LogInformation("Meeting {MeetingId} changed while listing late commitments; reading it again.", meetingId);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>« Engagements en retard : institution — texte (échéance jj/mm/aaaa) ; … », within the agenda item's length.</summary>
    private async Task<string> TextAsync(Guid partnershipId, Guid meetingId, CancellationToken ct)
    {
        var lines = await db.Set<Commitment>().AsNoTracking()
            .Where(c => c.PlenaryMeetingId == meetingId && c.Status == CommitmentStatus.Open)
            .Join(db.Set<Institution>().Where(i => i.PartnershipId == partnershipId), c => c.InstitutionId, i => i.Id, (c, i) => new { i.Name, c.Text, c.DueOn })
            .ToListAsync(ct);
        var text = t["Agenda_LateCommitments", string.Join(" ; ", lines.OrderBy(l => l.DueOn).ThenBy(l => l.Name, StringComparer.CurrentCulture)
            .Select(l => t["Agenda_LateCommitment", l.Name, l.Text, l.DueOn.ToString("dd/MM/yyyy")].Value))].Value;
        return text.Length <= GovernanceLimits.AgendaItem ? text : text[..(GovernanceLimits.AgendaItem - 1)] + "…";
    }
}
