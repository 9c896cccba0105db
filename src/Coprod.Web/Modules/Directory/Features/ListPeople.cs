using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>The directory's people (DIR-2), by name: those in post, or also those who left; with their partnership roles when they hold an account.</summary>
public static class ListPeople
{
    public sealed record Item(
        Guid Id, string FirstName, string LastName, string Function, Guid InstitutionId, string InstitutionName,
        string? Email, string? Phone, IReadOnlyList<string> Communes, DateOnly StartsOn, DateOnly? EndsOn, Guid? SuccessorId,
        bool HasAccount, IReadOnlyList<PartnershipRole> Roles, Guid Version);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Guid partnershipId, bool includeFormer = false, CancellationToken ct = default)
        {
            var today = QueryValues.Today(clock);
            var people = await db.Set<DirectoryPerson>().AsNoTracking()
                .Where(p => p.PartnershipId == partnershipId && (includeFormer || p.EndsOn == null || p.EndsOn > today))
                .Join(db.Set<Institution>(), p => p.InstitutionId, i => i.Id, (p, i) => new { p, InstitutionName = i.Name })
                .ToListAsync(ct);
            var users = people.Where(x => x.p.UserId != null).Select(x => x.p.UserId!.Value).ToList();
            var roles = (await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
                    .Where(m => m.PartnershipId == partnershipId && users.Contains(m.UserId))
                    .Select(m => new { m.UserId, m.Role }).ToListAsync(ct))
                .ToLookup(m => m.UserId, m => m.Role);
            var french = FrenchOrder.Names;
            return people
                .OrderBy(x => x.p.LastName, french).ThenBy(x => x.p.FirstName, french)
                .Select(x => new Item(x.p.Id, x.p.FirstName, x.p.LastName, x.p.Function, x.p.InstitutionId, x.InstitutionName, x.p.Email, x.p.Phone,
                    x.p.Communes, x.p.StartsOn, x.p.EndsOn, x.p.SuccessorId, x.p.UserId is not null,
                    x.p.UserId is { } u ? roles[u].Order().ToList() : [], x.p.Version))
                .ToList();
        }
    }
}
