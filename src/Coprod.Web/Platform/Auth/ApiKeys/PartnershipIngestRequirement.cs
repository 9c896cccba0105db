using Microsoft.AspNetCore.Authorization;

namespace Coprod.Web.Platform.Auth.ApiKeys;

/// <summary>
/// The caller may send events to the partnership in the route: an active member (as
/// <see cref="PartnershipRoleRequirement"/> with any role), or an API key issued for <em>this</em> partnership.
/// </summary>
/// <remarks>
/// Keeps out: keys of other partnerships (each key is scoped to one partnership and one
/// institution), revoked keys (refused before this check, by the scheme), non-members and former
/// members, the platform admin and département users. Only the ingest routes use this policy:
/// everywhere else a key is not even read.
/// </remarks>
public sealed class PartnershipIngestRequirement : IAuthorizationRequirement;

internal sealed class PartnershipIngestHandler(MembershipLookup memberships) : AuthorizationHandler<PartnershipIngestRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PartnershipIngestRequirement requirement)
    {
        if (context.Resource is not HttpContext http || !Guid.TryParse(http.GetRouteValue(CoprodPolicies.PartnershipRouteKey)?.ToString(), out var partnershipId))
        {
            return;
        }
        if (context.User.GetApiKey() is { } key)
        {
            if (key.PartnershipId == partnershipId)
            {
                context.Succeed(requirement);
            }
            return;
        }
        if (context.User.GetUserId() is { } userId && (await memberships.ActiveRolesAsync(userId, partnershipId)).Count > 0)
        {
            context.Succeed(requirement);
        }
    }
}
