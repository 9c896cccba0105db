using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// Who may be designated in a group (CONF-1): a named, current member of the partnership (field agents
/// included), not already a current member of the group. An account without a membership here (the
/// platform admin, a département user) cannot be.
/// </summary>
public sealed class DesignationRules(CoprodDbContext db, TimeProvider clock, IStringLocalizer<GroupsText> t, IStringLocalizer<UiText> ui)
{
    /// <summary>The member to add, or null with the field error added to <paramref name="v"/>.</summary>
    public async Task<GroupMember?> CheckAsync(Validation v, string field, Guid partnershipId, Guid groupId, Guid? userId, Guid actorId, CancellationToken ct)
    {
        if (userId is not { } id)
        {
            v.Add(field, ui["Validation_Required"]);
            return null;
        }
        var seats = await MembershipSeats.CurrentAsync(db, clock.GetUtcNow(), partnershipId, id, ct);
        if (seats.Count == 0)
        {
            v.Add(field, t["Member_NotInPartnership"]);
            return null;
        }
        if (await db.Set<GroupMember>().AnyAsync(m => m.GroupId == groupId && m.UserId == id && m.EndedAt == null, ct))
        {
            v.Add(field, t["Member_Already"]);
            return null;
        }
        return new GroupMember
        {
            Id = Guid.NewGuid(),
            GroupId = groupId,
            UserId = id,
            InstitutionId = seats.Select(s => s.InstitutionId).FirstOrDefault(i => i is not null),
            DesignatedBy = actorId,
            DesignatedAt = clock.GetUtcNow(),
        };
    }
}
