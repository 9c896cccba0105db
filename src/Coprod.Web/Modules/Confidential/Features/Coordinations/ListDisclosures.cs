using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Coordinations;

/// <summary>
/// The disclosures addressed to the caller (L121-6-2), decrypted, while they are a current president of
/// the partnership; empty for everyone else. Each read is audited on the case before the text is returned.
/// </summary>
public static class ListDisclosures
{
    public sealed record Item(Guid Id, DateTimeOffset At, string GroupName, string ByName, string Text, string Justification);

    public sealed class Handler(CoprodDbContext db, ConfidentialCipher cipher, AuditTrail audit, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct)
        {
            var seats = await MembershipSeats.CurrentAsync(db, clock.GetUtcNow(), partnershipId, userId, ct);
            if (!seats.Any(s => s.Role == PartnershipRole.President))
            {
                return [];
            }
            var rows = await (
                from d in db.Set<Disclosure>().AsNoTracking()
                join c in db.Set<ConfidentialCase>() on d.CaseId equals c.Id
                join g in db.Set<ConfidentialGroup>() on c.GroupId equals g.Id
                join u in db.Users on d.ByUserId equals u.Id
                where d.ToUserId == userId && c.PartnershipId == partnershipId && g.Channel == SharingChannel.SharedSecret
                orderby d.At descending
                select new { Disclosure = d, c.GroupId, GroupName = g.Name, u.DisplayName }).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return [];
            }
            await audit.SaveWithAuditAsync(ct, rows.Select(r => new AuditEntry(AuditEventType.ConfidentialDisclosureRead, partnershipId, userId, "ConfidentialCase",
                r.Disclosure.CaseId.ToString(), new { groupId = r.GroupId, disclosureId = r.Disclosure.Id })).ToArray());
            return rows.Select(r =>
            {
                var content = cipher.Open<DisclosureContent>(r.Disclosure.CaseId, r.Disclosure.SealedContent);
                return new Item(r.Disclosure.Id, r.Disclosure.At, r.GroupName, r.DisplayName, content.Text, content.Justification);
            }).ToList();
        }
    }
}
