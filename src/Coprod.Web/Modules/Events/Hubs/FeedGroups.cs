using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Hubs;

/// <summary>
/// The hub groups a person belongs to, from their memberships current today (an account disabled
/// holds none): for each partnership, the group of each of their institutions, their reporter
/// group, and the coordinators' group if they coordinate it. The hub and the Blazor feed both use it.
/// </summary>
public sealed class FeedGroups(CoprodDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> ForUserAsync(Guid userId, Guid? partnershipId, CancellationToken ct)
    {
        // The same day and account rule as the authorisation checks (MembershipLookup).
        var now = clock.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var disabledAfter = now.AddYears(AccountRules.DisabledForYears);
        var seats = await db.Set<Membership>().AsNoTracking()
            .Where(Membership.ActiveOn(today))
            .Where(m => m.UserId == userId && (partnershipId == null || m.PartnershipId == partnershipId))
            .Where(m => db.Users.Any(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < disabledAfter)))
            .Select(m => new { m.PartnershipId, m.Role, m.InstitutionId })
            .ToListAsync(ct);
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seat in seats)
        {
            groups.Add(EventsHub.ReporterGroup(seat.PartnershipId, userId));
            if (seat.InstitutionId is { } institutionId)
            {
                groups.Add(EventsHub.GroupFor(seat.PartnershipId, institutionId));
            }
            if (seat.Role == PartnershipRole.Coordinateur)
            {
                groups.Add(EventsHub.CoordinatorsGroup(seat.PartnershipId));
            }
        }
        return groups.Order(StringComparer.Ordinal).ToList();
    }
}
