using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth.Account;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth;

/// <summary>API sign-in routes, and the form posts used by the account pages.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous();
        auth.MapPost("/login", (ApiLogin.Request request, ApiLogin.Handler handler, CancellationToken ct) => handler.HandleAsync(request, ct))
            .WithName("Auth_Login")
            .WithSummary("Sign in and receive a bearer token ({ tokenType, accessToken, expiresIn, refreshToken }).")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>();
        auth.MapPost("/refresh", (ApiRefresh.Request request, ApiRefresh.Handler handler) => handler.HandleAsync(request))
            .WithName("Auth_Refresh")
            .WithSummary("Exchange a refresh token for a new token pair.")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>();
        return api;
    }

    /// <summary><c>POST /compte/deconnexion</c> from the layout's sign-out button.</summary>
    public static IEndpointRouteBuilder MapAccountFormEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/compte/deconnexion", async (SignInManager<CoprodUser> signIn, AuditTrail audit, HttpContext http) =>
        {
            var userId = http.User.GetUserId();
            await signIn.SignOutAsync();
            if (userId is not null)
            {
                await audit.RecordAsync(new AuditEntry(AuditEventType.SignedOut, ActorId: userId, TargetType: "account", TargetId: userId.ToString()));
            }
            return TypedResults.LocalRedirect("/compte/connexion");
        }).ExcludeFromDescription();
        return app;
    }

    internal static IServiceCollection AddAuthFeatures(this IServiceCollection services)
    {
        services.AddScoped<SignInAudit>();
        services.AddScoped<ApiLogin.Handler>();
        services.AddScoped<ApiRefresh.Handler>();
        services.AddScoped<SignInAccountLookup>();
        services.AddScoped<PasswordConfirmation>();
        services.AddScoped<SignInWithPassword.Handler>();
        services.AddScoped<SignInWithSecondFactor.Handler>();
        services.AddScoped<LoadAuthenticatorSetup.Handler>();
        services.AddScoped<EnableTwoFactor.Handler>();
        services.AddScoped<DisableTwoFactor.Handler>();
        services.AddScoped<GenerateRecoveryCodes.Handler>();
        services.AddScoped<ChangePassword.Handler>();
        services.AddScoped<PasswordLink>();
        services.AddScoped<RequestPasswordReset.Handler>();
        services.AddScoped<ResetPassword.Handler>();
        return services;
    }
}
