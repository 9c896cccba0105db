using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary><c>GET /api/v1/me</c>: who am I, and my current memberships with their roles.</summary>
public static class GetMe
{
    public sealed record MembershipItem(Guid MembershipId, Guid PartnershipId, string PartnershipName, PartnershipKind Kind, PartnershipRole Role, Guid? InstitutionId, string? InstitutionName, DateOnly StartsOn, DateOnly? EndsOn);

    public sealed record Response(Guid Id, string Email, string DisplayName, PlatformRole PlatformRole, string? DepartementCode, bool TwoFactorEnabled, IReadOnlyList<MembershipItem> Memberships);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<Response?> HandleAsync(Guid userId, CancellationToken ct = default)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null)
            {
                return null;
            }
            var today = ParisTime.Today(clock);
            var memberships = await (
                from m in db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
                join p in db.Set<Partnership>() on m.PartnershipId equals p.Id
                join i in db.Set<Institution>() on m.InstitutionId equals i.Id into institutions
                from i in institutions.DefaultIfEmpty()
                where m.UserId == userId
                orderby p.Name, m.Role
                select new MembershipItem(m.Id, p.Id, p.Name, p.Kind, m.Role, m.InstitutionId, i == null ? null : i.Name, m.StartsOn, m.EndsOn))
                .ToListAsync(ct);
            return new Response(user.Id, user.Email ?? "", user.DisplayName, user.PlatformRole, user.DepartementCode, user.TwoFactorEnabled, memberships);
        }
    }
}
