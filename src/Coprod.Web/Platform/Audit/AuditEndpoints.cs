using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Audit;

/// <summary>Reading the trail: a partnership's records for its coordinator; the chain check for the operator.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/partnerships/{partnershipId:guid}/audit", async Task<Results<Ok<ReadPartnershipAudit.Page>, ValidationProblem>> (
                Guid partnershipId, long? before, int? limit, ReadPartnershipAudit.Handler handler, IStringLocalizer<UiText> t, CancellationToken ct) =>
            {
                if (limit is < 1 or > 200)
                {
                    return TypedResults.ValidationProblem(Validation.Single("limit", t["Validation_Range", 1, 200]));
                }
                return TypedResults.Ok(await handler.HandleAsync(partnershipId, before, limit ?? 50, ct));
            })
            .RequireAuthorization(CoprodPolicies.PartnershipAudit)
            .WithTags("Audit")
            .WithName("Audit_ReadPartnership")
            .WithSummary("The partnership's audit records, newest first (coordinator).");

        api.MapGet("/admin/audit/verify", async (VerifyAuditChain.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .RequireAuthorization(CoprodPolicies.PlatformAdmin)
            .WithTags("Audit")
            .WithName("Audit_VerifyChain")
            .WithSummary("Walk the whole hash chain and report the first broken record (operator).");
        return api;
    }
}
