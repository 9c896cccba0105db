using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>Removes a service with its competences, presence slots and on-call rota (optionally only at a given version).</summary>
public static class DeleteService
{
    public sealed class Handler(CoprodDbContext db, AuditTrail audit, ServiceEditRights rights, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid serviceId, Guid? version, Guid actorId, CancellationToken ct = default)
        {
            var (service, problem) = await rights.FindEditableAsync(partnershipId, serviceId, actorId, ct);
            if (service is null)
            {
                return problem!;
            }
            if (version is { } expected && expected != service.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            db.Remove(service);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.DirectoryServiceDeleted, partnershipId, actorId, "service", service.Id.ToString()));
            return TypedResults.NoContent();
        }
    }
}
