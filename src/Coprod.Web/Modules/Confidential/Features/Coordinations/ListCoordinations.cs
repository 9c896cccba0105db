using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Coordinations;

/// <summary>
/// What the mayor learns of the « secret partagé » (CASF L121-6-2): that a coordination is needed, on which
/// territory, since when, and who coordinates it (name, institution). Nothing about cases or people.
/// For the president and the coordinator of the partnership (others 403).
/// </summary>
public static class ListCoordinations
{
    public sealed record Coordination(Guid GroupId, string Name, string Purpose, string Territory, DateTimeOffset CreatedAt, GroupStatus Status,
        string? CoordinatorName, string? CoordinatorInstitution);

    public sealed class Handler(CoprodDbContext db, GroupManagers managers)
    {
        public async Task<Results<Ok<IReadOnlyList<Coordination>>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct)
        {
            if (await managers.RefuseUnlessManagerAsync(partnershipId, userId, ct) is { } refusal)
            {
                return refusal;
            }
            var groups = await db.Set<ConfidentialGroup>().AsNoTracking()
                .Where(g => g.PartnershipId == partnershipId && g.Channel == SharingChannel.SharedSecret)
                .OrderBy(g => g.Status).ThenByDescending(g => g.CreatedAt).ToListAsync(ct);
            var ids = groups.Select(g => g.Id).ToList();
            var coordinators = await (
                from m in db.Set<GroupMember>().AsNoTracking()
                join u in db.Users on m.UserId equals u.Id
                join g in db.Set<ConfidentialGroup>() on m.GroupId equals g.Id
                where ids.Contains(m.GroupId) && m.EndedAt == null && g.CoordinatorUserId == m.UserId
                select new
                {
                    m.GroupId,
                    u.DisplayName,
                    Institution = db.Set<Institution>().Where(i => i.Id == m.InstitutionId).Select(i => i.Name).FirstOrDefault(),
                }).ToListAsync(ct);
            IReadOnlyList<Coordination> list = groups.Select(g =>
            {
                var who = coordinators.FirstOrDefault(c => c.GroupId == g.Id);
                return new Coordination(g.Id, g.Name, g.Purpose, g.Territory, g.CreatedAt, g.Status, who?.DisplayName, who?.Institution);
            }).ToList();
            return TypedResults.Ok(list);
        }
    }
}
