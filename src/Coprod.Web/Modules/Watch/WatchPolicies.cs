using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Coprod.Web.Modules.Watch;

/// <summary>Policy names of the Watch module, used by its routes and pages alike.</summary>
public static class WatchPolicies
{
    /// <summary>The watch team of the partnership in the route (or passed as resource): see <see cref="WatchTeamRequirement"/>.</summary>
    public const string WatchTeam = "Watch.Team";
}

/// <summary>
/// The caller belongs to the partnership's watch team (<see cref="WatchAccess"/>): the coordinator,
/// the president, the State, the prosecutor, or a member sitting in a watch-cell body, named or
/// through their institution.
/// </summary>
/// <remarks>
/// Keeps out: partners outside the watch cell (they read the alerts that mobilise them, nothing
/// more), field agents even when their institution sits in the watch cell (alerts are the cell's
/// working material, not field instructions), members of other partnerships, former members,
/// disabled accounts and the platform admin.
/// </remarks>
public sealed class WatchTeamRequirement : IAuthorizationRequirement;

internal sealed class WatchTeamHandler(IServiceScopeFactory scopes) : AuthorizationHandler<WatchTeamRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, WatchTeamRequirement requirement)
    {
        var partnershipId = context.Resource switch
        {
            Guid id => id,
            HttpContext http when Guid.TryParse(http.GetRouteValue(CoprodPolicies.PartnershipRouteKey)?.ToString(), out var id) => id,
            _ => (Guid?)null,
        };
        if (partnershipId is null || context.User.GetUserId() is not { } userId)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var seat = await scope.ServiceProvider.GetRequiredService<WatchAccess>().SeatAsync(partnershipId.Value, userId, CancellationToken.None);
        if (seat is { InTeam: true })
        {
            context.Succeed(requirement);
        }
    }
}
