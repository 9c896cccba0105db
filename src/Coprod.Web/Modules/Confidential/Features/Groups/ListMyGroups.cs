using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// The groups the caller is a current member of (CONF-1), with their standing and the charter in force:
/// never another group, never a count of cases. A manager who is no member sees an empty list here.
/// </summary>
public static class ListMyGroups
{
    public sealed class Handler(CoprodDbContext db, ConfidentialAccess access)
    {
        public async Task<IReadOnlyList<MyGroupDto>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct)
        {
            var memberships = await access.MembershipsAsync(partnershipId, userId, ct);
            var groupIds = memberships.Select(m => m.Group.Id).ToList();
            var memberIds = memberships.Select(m => m.Member.Id).ToList();
            var versions = await db.Set<CharterVersion>().AsNoTracking().Where(v => groupIds.Contains(v.GroupId))
                .GroupBy(v => v.GroupId).Select(x => new { GroupId = x.Key, Number = x.Max(v => v.Number) }).ToDictionaryAsync(x => x.GroupId, x => x.Number, ct);
            var signatures = await db.Set<CharterSignature>().AsNoTracking().Where(s => memberIds.Contains(s.MemberId))
                .Select(s => new { s.MemberId, s.VersionNumber }).ToListAsync(ct);
            return memberships.OrderBy(m => m.Group.Name).Select(m =>
            {
                var version = versions.GetValueOrDefault(m.Group.Id);
                return new MyGroupDto(m.Group.Id, m.Group.Channel, m.Group.Name, m.Group.Purpose, m.Group.Territory, m.Standing, version,
                    signatures.Any(s => s.MemberId == m.Member.Id && s.VersionNumber == version));
            }).ToList();
        }
    }
}
