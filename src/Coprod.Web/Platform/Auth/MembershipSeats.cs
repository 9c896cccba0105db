using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Auth;

/// <summary>One of a person's current memberships in a partnership: its id, role and institution.</summary>
public sealed record MembershipSeat(Guid MembershipId, PartnershipRole Role, Guid? InstitutionId);

/// <summary>
/// A person's memberships in force today (Paris) in a partnership, none when the account is disabled:
/// the one reading of "who is this person here" that the rights of every module start from.
/// </summary>
public static class MembershipSeats
{
    public static Task<List<MembershipSeat>> CurrentAsync(CoprodDbContext db, DateTimeOffset now, Guid partnershipId, Guid userId, CancellationToken ct)
    {
        var today = ParisTime.DateOf(now);
        // A disabled account holds no role, even with a token issued before. (A temporary lockout
        // after failed attempts does not end open sessions: anyone could trigger it.)
        var disabledAfter = now.AddYears(AccountRules.DisabledForYears);
        return db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
            .Where(m => m.PartnershipId == partnershipId && m.UserId == userId)
            .Where(m => db.Users.Any(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < disabledAfter)))
            .Select(m => new MembershipSeat(m.Id, m.Role, m.InstitutionId))
            .ToListAsync(ct);
    }
}
