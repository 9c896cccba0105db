using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// Who reads and handles alerts (VEI-1, VEI-2). The watch team — the coordinator, the president,
/// the State and the prosecutor, and every member (other than a field agent) who sits in one of the
/// partnership's watch-cell bodies (<see cref="BodyKind.CelluleDeVeille"/>, not closed), named or
/// through their institution — reads every alert and acts on its procedure. Any other partner reads
/// only the alerts whose procedure mobilises them: their institution, their membership or their
/// directory entry. Field agents read none (the routes are for contributors).
/// </summary>
public sealed class WatchAccess(CoprodDbContext db, TimeProvider clock)
{
    /// <summary>The roles that belong to the watch team whatever the bodies.</summary>
    public static readonly PartnershipRole[] TeamRoles = [PartnershipRole.Coordinateur, PartnershipRole.President, PartnershipRole.Etat, PartnershipRole.Parquet];

    /// <summary>A member's seat today, as far as alerts go.</summary>
    public sealed record Seat(Guid UserId, IReadOnlyList<PartnershipRole> Roles, IReadOnlyList<Guid> Institutions, IReadOnlyList<Guid> Memberships, bool InTeam)
    {
        public bool IsAgentOnly => Roles.All(r => r == PartnershipRole.Agent);

        public bool ManagesRules => Roles.Contains(PartnershipRole.Coordinateur);
    }

    /// <summary>The caller's seat, or null without a current membership (or with a disabled account).</summary>
    public async Task<Seat?> SeatAsync(Guid partnershipId, Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var seats = await MembershipSeats.CurrentAsync(db, now, partnershipId, userId, ct);
        if (seats.Count == 0)
        {
            return null;
        }
        var contributing = seats.Where(s => s.Role != PartnershipRole.Agent).ToList();
        var ids = contributing.Select(s => s.MembershipId).ToList();
        var institutions = contributing.Where(s => s.InstitutionId is not null).Select(s => s.InstitutionId!.Value).ToList();
        var inTeam = seats.Any(s => TeamRoles.Contains(s.Role))
            || (contributing.Count > 0 && await CellMembers(partnershipId, today)
                .AnyAsync(m => (m.MembershipId != null && ids.Contains(m.MembershipId.Value)) || (m.InstitutionId != null && institutions.Contains(m.InstitutionId.Value)), ct));
        return new Seat(userId, seats.Select(s => s.Role).Distinct().ToList(), institutions.Distinct().ToList(), ids, inTeam);
    }

    /// <summary>The alerts of the partnership this seat reads.</summary>
    public IQueryable<WatchAlert> Readable(Guid partnershipId, Seat seat)
    {
        var alerts = db.Set<WatchAlert>().AsNoTracking().Where(a => a.PartnershipId == partnershipId);
        if (seat.InTeam)
        {
            return alerts;
        }
        if (seat.IsAgentOnly)
        {
            return alerts.Where(a => false);
        }
        var institutions = seat.Institutions.ToList();
        var memberships = seat.Memberships.ToList();
        var userId = seat.UserId;
        return alerts.Where(a => db.Set<AlertMobilisation>().Any(m => m.AlertId == a.Id
            && ((m.InstitutionId != null && institutions.Contains(m.InstitutionId.Value))
                || (m.MembershipId != null && memberships.Contains(m.MembershipId.Value))
                || (m.PersonId != null && db.Set<DirectoryPerson>().Any(p => p.Id == m.PersonId && p.UserId == userId)))));
    }

    /// <summary>
    /// The addresses an alert is sent to: the partnership's coordinators and the watch-cell bodies'
    /// members (named, or the current members of a member institution), field agents left out.
    /// </summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(Guid partnershipId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var disabledAfter = now.AddYears(AccountRules.DisabledForYears);
        var cell = CellMembers(partnershipId, today);
        var emails = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
            .Where(m => m.PartnershipId == partnershipId && m.Role != PartnershipRole.Agent)
            .Where(m => m.Role == PartnershipRole.Coordinateur
                || cell.Any(c => c.MembershipId == m.Id || (c.InstitutionId != null && c.InstitutionId == m.InstitutionId)))
            .Join(db.Users.Where(u => u.LockoutEnd == null || u.LockoutEnd < disabledAfter), m => m.UserId, u => u.Id, (m, u) => u.Email)
            .ToListAsync(ct);
        return emails.OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The watch-cell bodies of the partnership that are not closed nor over, for the urgent meeting.</summary>
    public IQueryable<Body> CellBodies(Guid partnershipId, DateOnly today) =>
        db.Set<Body>().AsNoTracking().Where(b => b.PartnershipId == partnershipId && b.Kind == BodyKind.CelluleDeVeille
            && b.Status != BodyStatus.Closed && (b.EndsOn == null || b.EndsOn >= today));

    private IQueryable<BodyMember> CellMembers(Guid partnershipId, DateOnly today)
    {
        var bodies = CellBodies(partnershipId, today);
        return db.Set<BodyMember>().AsNoTracking().Where(m => m.InForceFrom <= today && bodies.Any(b => b.Id == m.BodyId));
    }
}
