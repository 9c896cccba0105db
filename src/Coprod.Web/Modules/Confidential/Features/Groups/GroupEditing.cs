using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>Loads a group of the partnership for a change by its managers: 403 for non-managers, then 404 when it is not there.</summary>
public sealed class GroupEditing(CoprodDbContext db, GroupManagers managers)
{
    /// <summary>The tracked group, or the refusal to return; <paramref name="activeOnly"/> treats a closed group as missing.</summary>
    public async Task<(ConfidentialGroup? Group, ProblemHttpResult? Refusal)> LoadAsync(Guid partnershipId, Guid groupId, Guid actorId, CancellationToken ct,
        bool activeOnly = true)
    {
        if (await managers.RefuseUnlessManagerAsync(partnershipId, actorId, ct) is { } refusal)
        {
            return (null, refusal);
        }
        var group = await db.Set<ConfidentialGroup>()
            .FirstOrDefaultAsync(g => g.Id == groupId && g.PartnershipId == partnershipId && (!activeOnly || g.Status == GroupStatus.Active), ct);
        return group is null ? (null, managers.NotFound()) : (group, null);
    }
}
