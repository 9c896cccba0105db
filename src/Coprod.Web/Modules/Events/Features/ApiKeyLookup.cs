using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Auth.ApiKeys;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Finds institution API keys for the <c>ApiKey</c> scheme: one indexed read by hash per request,
/// and at most one write a minute per key to note when it was last used.
/// </summary>
public sealed class ApiKeyLookup(CoprodDbContext db, TimeProvider clock) : IApiKeyLookup
{
    /// <summary><see cref="InstitutionApiKey.LastUsedAt"/> is only moved on when older than this.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<ApiKeyIdentity?> FindActiveAsync(string secretHash, CancellationToken ct)
    {
        var key = await db.Set<InstitutionApiKey>().AsNoTracking()
            .Where(k => k.SecretHash == secretHash && k.RevokedAt == null)
            .Select(k => new { k.Id, k.PartnershipId, k.InstitutionId, k.LastUsedAt })
            .FirstOrDefaultAsync(ct);
        if (key is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var stale = now - LastUsedPrecision;
        if (key.LastUsedAt is null || key.LastUsedAt < stale)
        {
            // The condition is repeated in the update: of several instances seeing a stale time, one writes.
            await db.Set<InstitutionApiKey>().Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < stale))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }
        return new ApiKeyIdentity(key.Id, key.PartnershipId, key.InstitutionId);
    }
}
