using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.HandOver;

/// <summary>The partnership memberships of the leaving person's account: ended on the day they leave, granted to the successor's account.</summary>
internal sealed class MembershipHandOver(CoprodDbContext db, IStringLocalizer<UiText> ui, IStringLocalizer<PeopleText> t) : IHandOverSource
{
    public const string Kind = "membership";

    public async Task<IReadOnlyList<OpenItem>> OpenItemsAsync(Guid partnershipId, DirectoryPerson person, DateOnly on, CancellationToken ct)
    {
        if (person.UserId is not { } userId)
        {
            return [];
        }
        var memberships = await Active(partnershipId, userId, on).AsNoTracking().ToListAsync(ct);
        var names = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return memberships
            .Select(m => new OpenItem(Kind, m.Id, m.InstitutionId is { } i && names.TryGetValue(i, out var name) ? $"{ui.Name(m.Role)} ({name})" : ui.Name(m.Role)))
            .ToList();
    }

    public string? RefuseSuccessor(DirectoryPerson successor, IReadOnlyList<OpenItem> items) =>
        items.Any(i => i.Kind == Kind) && successor.UserId is null ? t["Leave_SuccessorNoAccount"].Value : null;

    public async Task HandOverAsync(Guid partnershipId, DirectoryPerson leaving, DirectoryPerson successor, DateOnly on, CancellationToken ct)
    {
        if (leaving.UserId is not { } userId || successor.UserId is not { } successorUserId)
        {
            return;
        }
        var held = await Active(partnershipId, successorUserId, on).Select(m => m.Role).ToListAsync(ct);
        foreach (var membership in await Active(partnershipId, userId, on).ToListAsync(ct))
        {
            membership.EndsOn = on;
            if (!held.Contains(membership.Role))
            {
                db.Add(new Membership
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = partnershipId,
                    UserId = successorUserId,
                    Role = membership.Role,
                    InstitutionId = membership.InstitutionId,
                    StartsOn = on,
                });
                held.Add(membership.Role);
            }
        }
    }

    // Active on the day, or starting later: a hand-over dated today must also move a seat granted for next week.
    private IQueryable<Membership> Active(Guid partnershipId, Guid userId, DateOnly on) =>
        db.Set<Membership>().Where(m => m.PartnershipId == partnershipId && m.UserId == userId && (m.EndsOn == null || m.EndsOn > on));
}
