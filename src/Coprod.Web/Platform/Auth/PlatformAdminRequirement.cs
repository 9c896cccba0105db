using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Platform.Auth;

/// <summary>The caller is the platform operator, with two-factor authentication on (SEC-2).</summary>
/// <remarks>
/// Keeps out every partnership role, coordinators included: tenants and accounts are managed
/// by the operator. Keeps out an admin without 2FA too (except in the demo, see
/// <see cref="AdminSecurityOptions"/>). Read from the database on each check, so a revoked or
/// disabled admin loses access at once.
/// </remarks>
public sealed class PlatformAdminRequirement : IAuthorizationRequirement;

/// <summary><c>Auth:AdminsRequireTwoFactor</c>: true by default; the demo turns it off.</summary>
public sealed class AdminSecurityOptions
{
    public bool AdminsRequireTwoFactor { get; set; } = true;
}

internal sealed class PlatformAdminHandler(MembershipLookup accounts, IOptions<AdminSecurityOptions> options) : AuthorizationHandler<PlatformAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformAdminRequirement requirement)
    {
        if (context.User.GetUserId() is { } userId
            && await accounts.PlatformRoleAsync(userId) is { Role: PlatformRole.Admin } account
            && (account.TwoFactorEnabled || !options.Value.AdminsRequireTwoFactor))
        {
            context.Succeed(requirement);
        }
    }
}
