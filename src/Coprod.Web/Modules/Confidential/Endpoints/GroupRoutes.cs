using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Confidential.Endpoints;

/// <summary>The route group of groups, coordinations and the register: members of the partnership only; each handler then decides.</summary>
internal static class GroupRoutes
{
    public static RouteGroupBuilder Confidential(this IEndpointRouteBuilder api) =>
        api.MapGroup($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}/confidential")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Confidential");
}
