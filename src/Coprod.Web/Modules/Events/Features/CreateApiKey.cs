using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth.ApiKeys;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// The coordinator issues an API key for one institution's system (EVT-4). The answer carries the
/// secret, once: it is stored only as a hash, and neither the audit trail nor the logs see it.
/// </summary>
public static class CreateApiKey
{
    public sealed record Request(string? Name, Guid? InstitutionId);

    /// <summary>The new key and its <see cref="Secret"/>, to copy now: it cannot be shown again.</summary>
    public sealed record Created(ListApiKeys.ApiKeyDto Key, string Secret);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<EventsText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<Created>, ValidationProblem>> HandleAsync(Guid partnershipId, Request r, Guid actorId, CancellationToken ct)
        {
            var name = r.Name?.Trim() ?? "";
            var institution = r.InstitutionId is { } id
                ? await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.PartnershipId == partnershipId, ct)
                : null;
            var v = new Validation()
                .Check(name.Length > 0, "name", ui["Validation_Required"])
                .Check(name.Length <= EventLimits.ApiKeyName, "name", ui["Validation_TooLong", EventLimits.ApiKeyName])
                .Check(r.InstitutionId is not null, "institutionId", ui["Validation_Required"])
                .Check(r.InstitutionId is null || institution is not null, "institutionId", t["ApiKey_InstitutionUnknown"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var (secret, prefix, hash) = ApiKeySecret.Create();
            var key = new InstitutionApiKey
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                InstitutionId = institution!.Id,
                Name = name,
                Prefix = prefix,
                SecretHash = hash,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = actorId,
            };
            db.Add(key);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.EventApiKeyCreated, partnershipId, actorId, "event-api-key", key.Id.ToString(),
                new { institutionId = key.InstitutionId }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/events/api-keys/{key.Id}",
                new Created(ListApiKeys.ApiKeyDto.From(key, institution.Name), secret));
        }
    }
}
