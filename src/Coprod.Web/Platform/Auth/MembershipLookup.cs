using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Auth;

/// <summary>
/// Reads a person's current roles in a partnership from the database, once per request
/// (scoped cache), so a revoked membership or a disabled account takes effect on the next request.
/// </summary>
public sealed class MembershipLookup(CoprodDbContext db, TimeProvider clock)
{
    private readonly Dictionary<(Guid, Guid), IReadOnlyList<PartnershipRole>> _cache = [];

    public async Task<IReadOnlyList<PartnershipRole>> ActiveRolesAsync(Guid userId, Guid partnershipId)
    {
        if (_cache.TryGetValue((userId, partnershipId), out var cached))
        {
            return cached;
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // A disabled account holds no role, even with a token issued before. (A temporary lockout
        // after failed attempts does not end open sessions: anyone could trigger it.)
        var disabledAfter = now.AddYears(AccountRules.DisabledForYears);
        var roles = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.UserId == userId && m.PartnershipId == partnershipId && m.StartsOn <= today && (m.EndsOn == null || m.EndsOn > today))
            .Where(m => db.Users.Any(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < disabledAfter)))
            .Select(m => m.Role)
            .Distinct()
            .ToListAsync();
        _cache[(userId, partnershipId)] = roles;
        return roles;
    }
}
