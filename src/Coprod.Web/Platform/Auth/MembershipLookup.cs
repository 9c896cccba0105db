using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Auth;

/// <summary>
/// Reads a person's current roles in a partnership from the database, once per request
/// (scoped cache), so a revoked membership takes effect on the next request.
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
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var roles = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.UserId == userId && m.PartnershipId == partnershipId && m.StartsOn <= today && (m.EndsOn == null || m.EndsOn > today))
            .Select(m => m.Role)
            .Distinct()
            .ToListAsync();
        _cache[(userId, partnershipId)] = roles;
        return roles;
    }
}
