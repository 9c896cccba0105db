using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>Who sits in the partnership, in which role and for which institution (ended memberships on request).</summary>
public static class ListMembers
{
    public sealed record Item(Guid MembershipId, Guid UserId, string DisplayName, string Email, PartnershipRole Role, Guid? InstitutionId, string? InstitutionName, DateOnly StartsOn, DateOnly? EndsOn, bool Active, Guid Version);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Guid partnershipId, bool includeEnded, CancellationToken ct = default)
        {
            var today = ParisTime.Today(clock);
            var rows = await (
                from m in db.Set<Membership>().AsNoTracking()
                join u in db.Users on m.UserId equals u.Id
                join i in db.Set<Institution>() on m.InstitutionId equals i.Id into institutions
                from i in institutions.DefaultIfEmpty()
                where m.PartnershipId == partnershipId
                select new { m, u.DisplayName, u.Email, InstitutionName = i == null ? null : i.Name })
                .ToListAsync(ct);
            return rows
                .Select(r => new Item(r.m.Id, r.m.UserId, r.DisplayName, r.Email ?? "", r.m.Role, r.m.InstitutionId, r.InstitutionName, r.m.StartsOn, r.m.EndsOn, r.m.IsActiveOn(today), r.m.Version))
                .Where(i => includeEnded || i.Active)
                .OrderBy(i => i.Role).ThenBy(i => i.DisplayName, FrenchOrder.Names)
                .ToList();
        }
    }
}
