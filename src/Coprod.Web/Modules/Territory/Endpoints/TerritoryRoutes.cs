using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Territory.Endpoints;

internal static class TerritoryRoutes
{
    public const string Tag = "Territory";

    /// <summary><c>/partnerships/{partnershipId}</c>, open to the partnership's members; writes add <see cref="CoprodPolicies.PartnershipManage"/>.</summary>
    public static RouteGroupBuilder MapPartnershipGroup(this IEndpointRouteBuilder api) =>
        api.MapGroup($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}")
            .WithTags(Tag)
            .RequireAuthorization(CoprodPolicies.PartnershipMember);
}
