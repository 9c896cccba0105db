using Coprod.Web.Platform.Auth.ApiKeys;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth;

/// <summary>
/// Accounts (ASP.NET Core Identity), cookie sign-in for pages, bearer tokens for the API, and
/// the partnership policies (SEC-1, SEC-2). Partners' systems use API keys (scheme <c>ApiKey</c>),
/// which only the ingest policy reads: the default scheme and every other policy ignore them.
/// </summary>
public static class AuthModule
{
    private const string SmartScheme = "Coprod";

    public static IServiceCollection AddCoprodAuth(this IServiceCollection services, IConfiguration configuration)
    {
        // One key ring in the database: every instance reads the others' cookies and tokens,
        // and a restart does not sign everybody out.
        services.AddDataProtection().SetApplicationName("Coprod").PersistKeysToDbContext<CoprodDbContext>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || HubQueryToken(http.Request) is not null
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("Auth:AccessTokenMinutes", 60));
                o.RefreshTokenExpiration = TimeSpan.FromDays(configuration.GetValue("Auth:RefreshTokenDays", 14));
                o.Events.OnMessageReceived = context =>
                {
                    context.Token ??= HubQueryToken(context.Request);
                    return Task.CompletedTask;
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/acces-refuse";
            o.Cookie.Name = "coprod.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.HttpOnly = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<CoprodUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Auth:MaxFailedAccessAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Auth:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CoprodDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // Cookies re-check the account (password change, disabling) every few minutes.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.Configure<AdminSecurityOptions>(configuration.GetSection("Auth"));
        services.AddSingleton<MembershipLookup>();
        services.AddAuthFeatures();
        services.AddSingleton<IAuthorizationHandler, PartnershipRoleHandler>();
        services.AddSingleton<IAuthorizationHandler, PlatformAdminHandler>();
        services.AddSingleton<IAuthorizationHandler, PartnershipIngestHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(CoprodPolicies.PartnershipMember, p => p.RequireAuthenticatedUser().AddRequirements(new PartnershipRoleRequirement()))
            .AddPolicy(CoprodPolicies.PartnershipContribute, p => p.RequireAuthenticatedUser().AddRequirements(new PartnershipRoleRequirement(CoprodPolicies.Contributors)))
            .AddPolicy(CoprodPolicies.PartnershipManage, p => p.RequireAuthenticatedUser().AddRequirements(new PartnershipRoleRequirement(CoprodPolicies.Managers)))
            .AddPolicy(CoprodPolicies.PartnershipAudit, p => p.RequireAuthenticatedUser().AddRequirements(new PartnershipRoleRequirement(CoprodPolicies.Managers)))
            .AddPolicy(CoprodPolicies.PartnershipIngest, p => p.AddAuthenticationSchemes(SmartScheme, ApiKeyAuthentication.SchemeName)
                .RequireAuthenticatedUser().AddRequirements(new PartnershipIngestRequirement()))
            .AddPolicy(CoprodPolicies.PlatformAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new PlatformAdminRequirement()));
        return services;
    }

    /// <summary>
    /// Browsers cannot set headers on WebSockets and server-sent events, so SignalR clients send the
    /// API token as <c>access_token</c> in the query string; it is read there for hubs only.
    /// </summary>
    private static string? HubQueryToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/hubs") && request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null;

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
