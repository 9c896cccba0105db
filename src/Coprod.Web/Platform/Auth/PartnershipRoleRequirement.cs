using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.AspNetCore.Authorization;

namespace Coprod.Web.Platform.Auth;

/// <summary>
/// The caller holds an active membership in the partnership, with one of <see cref="Roles"/>
/// (any role when empty).
/// </summary>
/// <remarks>
/// Keeps out: anyone without a current membership in <em>this</em> partnership — members of
/// other partnerships, former members (membership ended), the platform admin (not a member by
/// default) and département users (aggregated reads only, DEP-1). The partnership comes from
/// the route value <c>partnershipId</c> or from a <see cref="Guid"/> resource passed by a page.
/// </remarks>
public sealed class PartnershipRoleRequirement(params PartnershipRole[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<PartnershipRole> Roles { get; } = roles;
}

internal sealed class PartnershipRoleHandler(MembershipLookup memberships) : AuthorizationHandler<PartnershipRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PartnershipRoleRequirement requirement)
    {
        var partnershipId = context.Resource switch
        {
            Guid id => id,
            HttpContext http when Guid.TryParse(http.GetRouteValue(CoprodPolicies.PartnershipRouteKey)?.ToString(), out var id) => id,
            _ => (Guid?)null,
        };
        var userId = context.User.GetUserId();
        if (partnershipId is null || userId is null)
        {
            return;
        }
        var roles = await memberships.ActiveRolesAsync(userId.Value, partnershipId.Value);
        if (roles.Count > 0 && (requirement.Roles.Count == 0 || roles.Any(requirement.Roles.Contains)))
        {
            context.Succeed(requirement);
        }
    }
}
