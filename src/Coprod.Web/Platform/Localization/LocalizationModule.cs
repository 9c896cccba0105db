using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Coprod.Web.Platform.Localization;

/// <summary>French by default, English available; the choice is kept in a cookie.</summary>
public static class LocalizationModule
{
    public static readonly CultureInfo[] Supported = [new("fr-FR"), new("en-GB")];

    public static IServiceCollection AddCoprodLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("fr-FR");
            o.SupportedCultures = Supported;
            o.SupportedUICultures = Supported;
            // The browser's language is not used: French is the default for every user.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseCoprodLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary><c>GET /culture/{name}?redirect=/path</c>: remembers the language and goes back.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{name}", (string name, string? redirect, HttpContext http) =>
        {
            var culture = Supported.FirstOrDefault(c => c.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = redirect is { Length: > 0 } && redirect.StartsWith('/') && !redirect.StartsWith("//") ? redirect : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }
}
