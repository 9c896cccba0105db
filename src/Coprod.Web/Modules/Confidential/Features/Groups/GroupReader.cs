using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>Reads groups as their managers see them: charter in force and members with institution, signature and 2FA.</summary>
public sealed class GroupReader(CoprodDbContext db)
{
    public async Task<IReadOnlyList<ManagedGroupDto>> ReadAsync(Guid partnershipId, Guid? groupId, CancellationToken ct)
    {
        var groups = await db.Set<ConfidentialGroup>().AsNoTracking()
            .Where(g => g.PartnershipId == partnershipId && (groupId == null || g.Id == groupId))
            .OrderBy(g => g.Status).ThenBy(g => g.Name).ToListAsync(ct);
        var ids = groups.Select(g => g.Id).ToList();
        var charters = (await db.Set<CharterVersion>().AsNoTracking().Where(v => ids.Contains(v.GroupId)).ToListAsync(ct))
            .GroupBy(v => v.GroupId).ToDictionary(x => x.Key, x => x.MaxBy(v => v.Number)!);
        var members = await db.Set<GroupMember>().AsNoTracking().Where(m => ids.Contains(m.GroupId)).ToListAsync(ct);
        var memberIds = members.Select(m => m.Id).ToList();
        var signatures = (await db.Set<CharterSignature>().AsNoTracking().Where(s => memberIds.Contains(s.MemberId)).ToListAsync(ct))
            .GroupBy(s => s.MemberId).ToDictionary(x => x.Key, x => x.Max(s => s.VersionNumber));
        var userIds = members.Select(m => m.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.DisplayName, u.TwoFactorEnabled }, ct);
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId)
            .ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return groups.Where(g => charters.ContainsKey(g.Id)).Select(g => new ManagedGroupDto(g.Id, g.Channel, g.Name, g.Purpose, g.Territory, g.Status,
            g.CoordinatorUserId, g.CreatedAt, g.Version, CharterDto.From(charters[g.Id]),
            members.Where(m => m.GroupId == g.Id).OrderBy(m => m.EndedAt != null).ThenBy(m => users.GetValueOrDefault(m.UserId)?.DisplayName)
                .Select(m => new MemberDto(m.Id, m.UserId, users.GetValueOrDefault(m.UserId)?.DisplayName ?? "—",
                    m.InstitutionId is { } i ? institutions.GetValueOrDefault(i) : null, m.DesignatedAt,
                    signatures.TryGetValue(m.Id, out var signed) ? signed : null, users.GetValueOrDefault(m.UserId)?.TwoFactorEnabled ?? false,
                    m.EndedAt, m.EndReason, m.BreachReason)).ToList())).ToList();
    }
}
