using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>GET …/events/api-keys</c>: the partnership's API keys, active first, newest first; never their secret.</summary>
public static class ListApiKeys
{
    /// <summary>A key as the coordinator sees it: its prefix tells it apart, the secret is never shown again.</summary>
    public sealed record ApiKeyDto(
        Guid Id,
        string Name,
        Guid InstitutionId,
        string Institution,
        string Prefix,
        DateTimeOffset CreatedAt,
        Guid CreatedBy,
        DateTimeOffset? LastUsedAt,
        DateTimeOffset? RevokedAt,
        Guid? RevokedBy)
    {
        public static ApiKeyDto From(InstitutionApiKey k, string institution) =>
            new(k.Id, k.Name, k.InstitutionId, institution, k.Prefix, k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt, k.RevokedBy);
    }

    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<IReadOnlyList<ApiKeyDto>> HandleAsync(Guid partnershipId, CancellationToken ct)
        {
            var keys = await db.Set<InstitutionApiKey>().AsNoTracking().Where(k => k.PartnershipId == partnershipId).ToListAsync(ct);
            var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId)
                .ToDictionaryAsync(i => i.Id, i => i.Name, ct);
            return keys.OrderBy(k => k.IsRevoked).ThenByDescending(k => k.CreatedAt)
                .Select(k => ApiKeyDto.From(k, institutions.GetValueOrDefault(k.InstitutionId, "")))
                .ToList();
        }
    }
}
