using Coprod.Web.Modules.Privacy.Domain;
using Coprod.Web.Modules.Privacy.Endpoints;
using Coprod.Web.Modules.Privacy.Features;
using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Web.Modules.Privacy;

/// <summary>
/// PRIV-1: the personal-data guard of every anonymous free-text area. Other modules use
/// <see cref="AnonymousTextGuard"/> on save and <c>AnonymousTextField</c> in their forms.
/// </summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PersonalDataScanner(sp.GetRequiredService<IGeography>()));
        services.AddSingleton<AnonymousTextGuard>();
        services.AddScoped<ScanText.Handler>();
        services.AddHostedService<ScannerWarmUp>();
        return services;
    }

    /// <summary>Under the API root: <c>/privacy/scan</c> (any signed-in user).</summary>
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapScanEndpoints();
        return api;
    }
}
