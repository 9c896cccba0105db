using System.Text;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// The « relevé de décisions » (GOV-3): the meeting's decisions mailed in French to the members
/// concerned, kept with its recipients, each of whom acknowledges it. Recipients, kept simple: the
/// current members whose institution owns one of the decisions, and every current field agent
/// (Agent role) of the partnership; each user once. The text holds the decisions, their owner
/// institutions, due dates and statuses: no minutes, no person's name.
/// </summary>
public static class DecisionDigests
{
    public sealed record Sent(Guid Id, int Recipients);

    public sealed record Mine(Guid Id, Guid MeetingId, string Subject, string Text, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt);

    public sealed class SendHandler(CoprodDbContext db, MeetingEditing editing, DecisionRules rules, IMailer mailer, AuditTrail audit, TimeProvider clock,
        IStringLocalizer<GovernanceText> t)
    {
        public async Task<Results<Created<Sent>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Guid actorId, CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var (meeting, body) = loaded!;
            var decisions = await rules.ReadAsync(partnershipId, actorId, q => q.Where(d => d.MeetingId == meetingId), ct);
            if (decisions.Count == 0)
            {
                return TypedResults.ValidationProblem(Validation.Single("", t["Digest_NoDecision"]));
            }
            var owners = decisions.Select(d => d.OwnerInstitutionId).ToHashSet();
            var people = await PartnershipPeople.LoadAsync(db, partnershipId, rules.Today, ct);
            var recipients = people.Members.Values
                .Where(p => p.Role == PartnershipRole.Agent || (p.InstitutionId is { } i && owners.Contains(i)))
                .Where(p => !string.IsNullOrWhiteSpace(p.Email))
                .DistinctBy(p => p.UserId)
                .ToList();
            var day = GovernanceDay(meeting.StartsAt);
            var subject = t["Digest_Subject", body.Name, day].Value;
            if (subject.Length > GovernanceLimits.Name)
            {
                subject = subject[..GovernanceLimits.Name];
            }
            var text = new StringBuilder().AppendLine(t["Digest_Intro", meeting.Title, body.Name, day]).AppendLine();
            foreach (var d in decisions)
            {
                text.AppendLine(t["Digest_Line", d.Text, d.OwnerInstitutionName, d.DueOn.ToString("dd/MM/yyyy"), t["DecisionStatus_" + d.Status]]);
            }
            text.AppendLine().AppendLine(t["Digest_Footer"]);
            var digest = new DecisionDigest
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                MeetingId = meetingId,
                Subject = subject,
                Text = text.ToString(),
                SentBy = actorId,
                SentAt = clock.GetUtcNow(),
                Recipients = recipients.Select(p => new DigestRecipient { Id = Guid.NewGuid(), UserId = p.UserId, Email = p.Email! }).ToList(),
            };
            db.Add(digest);
            await audit.SaveWithAuditAsync(ct, [new AuditEntry(AuditEventType.GovernanceDecisionDigestSent, partnershipId, actorId, "meeting", meetingId.ToString(),
                new { digestId = digest.Id, decisions = decisions.Count, recipients = digest.Recipients.Count })]);
            foreach (var recipient in digest.Recipients)
            {
                await mailer.SendAsync(recipient.Email, digest.Subject, digest.Text, ct);
            }
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/governance/decisions/digests/mine", new Sent(digest.Id, digest.Recipients.Count));
        }

        private static string GovernanceDay(DateTimeOffset at) => ParisTime.ToParis(at).ToString("dd/MM/yyyy");
    }

    public sealed class MineHandler(CoprodDbContext db)
    {
        public async Task<IReadOnlyList<Mine>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct = default)
        {
            var rows = await db.Set<DecisionDigest>().AsNoTracking()
                .Where(d => d.PartnershipId == partnershipId)
                .SelectMany(d => d.Recipients.Where(r => r.UserId == userId), (d, r) => new { d.Id, d.MeetingId, d.Subject, d.Text, d.SentAt, r.AcknowledgedAt })
                .ToListAsync(ct);
            return rows.Select(r => new Mine(r.Id, r.MeetingId, r.Subject, r.Text, r.SentAt, r.AcknowledgedAt)).OrderByDescending(r => r.SentAt).ToList();
        }
    }

    public sealed class AcknowledgeHandler(CoprodDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<GovernanceText> t)
    {
        public async Task<Results<Ok<Mine>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid digestId, Guid userId, CancellationToken ct)
        {
            var digest = await db.Set<DecisionDigest>().Include(d => d.Recipients.Where(r => r.UserId == userId))
                .FirstOrDefaultAsync(d => d.Id == digestId && d.PartnershipId == partnershipId, ct);
            var recipient = digest?.Recipients.SingleOrDefault();
            if (digest is null || recipient is null)
            {
                return TypedResults.Problem(detail: t["Digest_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            if (recipient.AcknowledgedAt is null)
            {
                recipient.AcknowledgedAt = clock.GetUtcNow();
                await audit.SaveWithAuditAsync(ct, [new AuditEntry(AuditEventType.GovernanceDecisionDigestAcknowledged, partnershipId, userId, "digest", digest.Id.ToString(), null)]);
            }
            return TypedResults.Ok(new Mine(digest.Id, digest.MeetingId, digest.Subject, digest.Text, digest.SentAt, recipient.AcknowledgedAt));
        }
    }
}
