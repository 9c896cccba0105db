using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// Publishes version n+1 of a group's charter (CONF-2), by its managers: from then on every member must
/// sign it again before reading anything (<see cref="ConfidentialAccess"/> checks the version in force),
/// and each current member is told by mail that a new version awaits their signature.
/// </summary>
public static class PublishCharter
{
    public sealed record Request(string? Purpose, IReadOnlyList<InformationCategory>? Categories, IReadOnlyList<string>? Rules, int? ArchiveYears,
        bool? NotesAllowed = null, PrivacyOverride? PrivacyOverride = null)
    {
        public CharterInput Charter => new(Purpose, Categories, Rules, ArchiveYears, NotesAllowed);
    }

    public sealed class Handler(CoprodDbContext db, GroupEditing editing, CharterRules rules, GroupReader reader, AuditTrail audit, AnonymousTextGuard privacyGuard,
        IMailer mailer, IStringLocalizer<GroupsText> t, TimeProvider clock)
    {
        public async Task<Results<Created<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Request r,
            Guid actorId, CancellationToken ct)
        {
            var (group, refusal) = await editing.LoadAsync(partnershipId, groupId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var v = rules.Charter(new Validation(), r.Charter, "");
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = CharterRules.Check(privacyGuard.Begin(r.PrivacyOverride), r.Charter, "");
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var number = await db.Set<CharterVersion>().Where(c => c.GroupId == groupId).MaxAsync(c => c.Number, ct) + 1;
            db.Add(CharterRules.Build(groupId, number, r.Charter, actorId, clock.GetUtcNow()));
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.CharterPublished, partnershipId, actorId, "ConfidentialGroup", groupId.ToString(), new { version = number }),
                .. privacy.AuditEntries(partnershipId, actorId, "ConfidentialGroup", groupId.ToString())]);
            var emails = await db.Set<GroupMember>().AsNoTracking().Where(m => m.GroupId == groupId && m.EndedAt == null)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).OfType<string>().ToListAsync(ct);
            foreach (var email in emails.Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                await mailer.SendAsync(email, t["Mail_NewCharterSubject", group!.Name], t["Mail_NewCharterBody", group.Name, number], ct);
            }
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/confidential/groups/{groupId}/charter",
                (await reader.ReadAsync(partnershipId, groupId, ct)).Single());
        }
    }
}
