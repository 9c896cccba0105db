using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>The e-mail addresses of a partnership's current members: its coordinators, or one institution's members.</summary>
public sealed class EventMailRecipients(CoprodDbContext db, TimeProvider clock)
{
    public Task<List<string>> CoordinatorsAsync(Guid partnershipId, CancellationToken ct) =>
        EmailsAsync(m => m.PartnershipId == partnershipId && m.Role == PartnershipRole.Coordinateur, ct);

    public Task<List<string>> MembersOfAsync(Guid partnershipId, Guid institutionId, CancellationToken ct) =>
        EmailsAsync(m => m.PartnershipId == partnershipId && m.InstitutionId == institutionId, ct);

    private async Task<List<string>> EmailsAsync(System.Linq.Expressions.Expression<Func<Membership, bool>> which, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var disabledAfter = now.AddYears(AccountRules.DisabledForYears);
        var emails = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today)).Where(which)
            .Join(db.Users.Where(u => u.LockoutEnd == null || u.LockoutEnd < disabledAfter), m => m.UserId, u => u.Id, (m, u) => u.Email)
            .ToListAsync(ct);
        return emails.OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
