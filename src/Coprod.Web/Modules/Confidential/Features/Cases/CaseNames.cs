using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>Names of people for the case pages: accounts' display names, the group's current members, the institution each member sits for.</summary>
public sealed class CaseNames(CoprodDbContext db, ConfidentialAccess access)
{
    /// <summary>Display names of these accounts (an unknown id reads « — »).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> OfAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return ids.ToDictionary(id => id, id => names.FirstOrDefault(n => n.Id == id)?.DisplayName ?? "—");
    }

    /// <summary>The group's current members by name.</summary>
    public async Task<IReadOnlyList<MemberOption>> MembersAsync(Guid groupId, CancellationToken ct)
    {
        var rows = await (from m in db.Set<GroupMember>().AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where m.GroupId == groupId && m.EndedAt == null
                          select new { m.UserId, u.DisplayName }).ToListAsync(ct);
        return rows.DistinctBy(r => r.UserId).Select(r => new MemberOption(r.UserId, r.DisplayName)).OrderBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The members who may be a case's referent: the current members entitled to read the group's cases today.</summary>
    public async Task<IReadOnlyList<MemberOption>> ReferentsAsync(Guid partnershipId, Guid groupId, CancellationToken ct)
    {
        var result = new List<MemberOption>();
        foreach (var member in await MembersAsync(groupId, ct))
        {
            if (await access.SeatAsync(partnershipId, groupId, member.UserId, ct) is not null)
            {
                result.Add(member);
            }
        }
        return result;
    }

    /// <summary>The institution each of these people sits for in the group (their latest designation), when there is one.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> InstitutionsAsync(Guid groupId, CancellationToken ct)
    {
        var rows = await (from m in db.Set<GroupMember>().AsNoTracking()
                          join i in db.Set<Institution>().AsNoTracking() on m.InstitutionId equals i.Id
                          where m.GroupId == groupId
                          orderby m.DesignatedAt
                          select new { m.UserId, i.Name }).ToListAsync(ct);
        var result = new Dictionary<Guid, string>();
        foreach (var row in rows)
        {
            result[row.UserId] = row.Name;
        }
        return result;
    }
}
