using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// Who is told about a commitment: the current members of the owing institution who act for it (not as field agents) and the
/// owner person's account, if any; the coordinators, in copy of a formal reminder. Addresses only, each once.
/// </summary>
public sealed class CommitmentRecipients(CoprodDbContext db)
{
    public async Task<IReadOnlyList<string>> OwersAsync(Commitment c, DateOnly today, CancellationToken ct)
    {
        var members = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
            .Where(m => m.PartnershipId == c.PartnershipId && m.InstitutionId == c.InstitutionId && m.Role != PartnershipRole.Agent)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).ToListAsync(ct);
        if (c.OwnerPersonId is { } personId)
        {
            members.AddRange(await db.Set<DirectoryPerson>().AsNoTracking().Where(p => p.Id == personId && p.UserId != null)
                .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => u.Email).ToListAsync(ct));
        }
        return Clean(members);
    }

    public async Task<IReadOnlyList<string>> CoordinatorsAsync(Guid partnershipId, DateOnly today, CancellationToken ct) =>
        Clean(await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
            .Where(m => m.PartnershipId == partnershipId && m.Role == PartnershipRole.Coordinateur)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).ToListAsync(ct));

    private static List<string> Clean(IEnumerable<string?> emails) =>
        emails.OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
