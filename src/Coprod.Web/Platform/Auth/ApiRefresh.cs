using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Platform.Auth;

/// <summary><c>POST /api/v1/auth/refresh</c>: a valid refresh token yields a new token pair, unless the account changed since.</summary>
public static class ApiRefresh
{
    public sealed record Request(string? RefreshToken);

    public sealed class Handler(SignInManager<CoprodUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        public async Task<Results<SignInHttpResult, ChallengeHttpResult>> HandleAsync(Request request)
        {
            var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
                || await signIn.UserManager.IsLockedOutAsync(user))
            {
                return TypedResults.Challenge();
            }
            ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }
    }
}
