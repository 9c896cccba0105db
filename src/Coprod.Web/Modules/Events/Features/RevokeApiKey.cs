using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// The coordinator revokes an API key: its next request is refused (401), on every instance, since
/// keys are looked up on each request. Revoking a revoked key changes nothing and answers the same.
/// </summary>
public static class RevokeApiKey
{
    public sealed class Handler(CoprodDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<Ok<ListApiKeys.ApiKeyDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid keyId, Guid actorId, CancellationToken ct)
        {
            var key = await db.Set<InstitutionApiKey>().FirstOrDefaultAsync(k => k.Id == keyId && k.PartnershipId == partnershipId, ct);
            if (key is null)
            {
                return TypedResults.Problem(detail: t["ApiKey_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            if (!key.IsRevoked)
            {
                key.RevokedAt = clock.GetUtcNow();
                key.RevokedBy = actorId;
                await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.EventApiKeyRevoked, partnershipId, actorId, "event-api-key", key.Id.ToString(),
                    new { institutionId = key.InstitutionId }));
            }
            var institution = await db.Set<Institution>().AsNoTracking().Where(i => i.Id == key.InstitutionId).Select(i => i.Name).FirstOrDefaultAsync(ct);
            return TypedResults.Ok(ListApiKeys.ApiKeyDto.From(key, institution ?? ""));
        }
    }
}
