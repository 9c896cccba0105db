using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Directory.Endpoints;

internal static class InstitutionEndpoints
{
    public static void MapInstitutionEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partnerships/{partnershipId:guid}/institutions")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Directory");

        group.MapGet("", async (Guid partnershipId, ListInstitutions.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Directory_ListInstitutions")
            .WithSummary("The partnership's member institutions.");

        group.MapPost("", (Guid partnershipId, CreateInstitution.Request request, CreateInstitution.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Directory_CreateInstitution")
            .WithSummary("Add a member institution (coordinator). The name refuses personal data (422; privacyOverride { reason } for names flagged as persons).");
    }
}
