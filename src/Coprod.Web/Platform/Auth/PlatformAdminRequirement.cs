using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;

namespace Coprod.Web.Platform.Auth;

/// <summary>The caller is the platform operator.</summary>
/// <remarks>
/// Keeps out every partnership role, coordinators included: tenants and accounts are managed
/// by the operator. Read from the database on each request, so a revoked admin loses access at once.
/// </remarks>
public sealed class PlatformAdminRequirement : IAuthorizationRequirement;

internal sealed class PlatformAdminHandler(CoprodDbContext db) : AuthorizationHandler<PlatformAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformAdminRequirement requirement)
    {
        var userId = context.User.GetUserId();
        if (userId is null)
        {
            return;
        }
        var user = await db.Users.FindAsync(userId.Value);
        if (user is { PlatformRole: PlatformRole.Admin })
        {
            context.Succeed(requirement);
        }
    }
}
