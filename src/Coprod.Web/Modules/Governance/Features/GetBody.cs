using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>A body with its members (named) and its meetings, newest first; any member of the partnership reads it.</summary>
public static class GetBody
{
    public sealed class Handler(CoprodDbContext db, MembershipLookup memberships, TimeProvider clock)
    {
        public async Task<BodyDto?> HandleAsync(Guid partnershipId, Guid bodyId, Guid userId, CancellationToken ct = default)
        {
            var body = await db.Set<Body>().AsNoTracking().Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == bodyId && b.PartnershipId == partnershipId, ct);
            if (body is null)
            {
                return null;
            }
            var people = await PartnershipPeople.LoadAsync(db, partnershipId, ParisTime.Today(clock), ct);
            var meetings = (await db.Set<Meeting>().AsNoTracking().Where(m => m.BodyId == bodyId)
                    .Select(m => new MeetingSummary(m.Id, m.Title, m.StartsAt, m.EndsAt, m.Place, m.CancelledAt != null))
                    .ToListAsync(ct))
                .OrderByDescending(m => m.StartsAt).ToList();
            var members = body.Members
                .Select(m => new BodyMemberDto(m.Id, m.InstitutionId, m.MembershipId, people.NameOf(m.InstitutionId, m.MembershipId), m.ByRight, m.LegalBasis, m.InForceFrom))
                .OrderByDescending(m => m.ByRight).ThenBy(m => m.Name, FrenchOrder.Names)
                .ToList();
            var canManage = GovernanceAccess.CanManage(body.Kind, await memberships.ActiveRolesAsync(userId, partnershipId));
            return new BodyDto(body.Id, body.Kind, body.Name, body.Purpose, body.Scope, body.StartsOn, body.EndsOn, body.Status, members, meetings, canManage, body.Version);
        }
    }
}
