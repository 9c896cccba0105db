using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Auth;

/// <summary>
/// Reads a person's current roles in a partnership from the database on every check, in a
/// scope of its own: a revoked membership or a disabled account takes effect on the next
/// request, and on the next click of a page that stays open.
/// </summary>
public sealed class MembershipLookup(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<IReadOnlyList<PartnershipRole>> ActiveRolesAsync(Guid userId, Guid partnershipId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoprodDbContext>();
        var seats = await MembershipSeats.CurrentAsync(db, clock.GetUtcNow(), partnershipId, userId, CancellationToken.None);
        return seats.Select(s => s.Role).Distinct().ToList();
    }

    /// <summary>The account's platform role and 2FA state, or null for an unknown or disabled account.</summary>
    public async Task<(PlatformRole Role, bool TwoFactorEnabled)?> PlatformRoleAsync(Guid userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoprodDbContext>();
        var disabledAfter = clock.GetUtcNow().AddYears(AccountRules.DisabledForYears);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < disabledAfter))
            .Select(u => new { u.PlatformRole, u.TwoFactorEnabled }).FirstOrDefaultAsync();
        return user is null ? null : (user.PlatformRole, user.TwoFactorEnabled);
    }
}
