using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Endpoints;
using Coprod.Web.Modules.Territory.Features;

namespace Coprod.Web.Modules.Territory;

/// <summary>
/// TER-2..4: the official INSEE geography, sub-municipal areas with point-in-polygon
/// assignment, and the legal obligations computed for each partnership.
/// </summary>
public static class TerritoryModule
{
    /// <summary>The geography (singleton, loaded on first use), the area index cache, the obligation thresholds and the handlers.</summary>
    public static IServiceCollection AddTerritory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IGeography, EmbeddedGeography>();
        services.AddMemoryCache();
        services.AddSingleton<AreaIndexCache>();
        services.AddOptions<ObligationOptions>()
            .Bind(configuration.GetSection(ObligationOptions.Section))
            .Validate(o => o.IsValid(), "Territory:Obligations: every population threshold must be positive and Cispd:Share within (0, 1].")
            .ValidateOnStart();
        services.AddScoped<AreaFeatureReader>();
        services.AddScoped<SearchCommunes.Handler>();
        services.AddScoped<GetCommune.Handler>();
        services.AddScoped<ListPartnershipCommunes.Handler>();
        services.AddScoped<ListAreas.Handler>();
        services.AddScoped<LocatePoint.Handler>();
        services.AddScoped<ImportAreas.Handler>();
        services.AddScoped<RetireArea.Handler>();
        services.AddScoped<ComputeCompliance.Handler>();
        return services;
    }

    /// <summary>
    /// Under the API root: <c>/geography/communes</c> (any signed-in user) and
    /// <c>/partnerships/{partnershipId}/areas…</c>, <c>…/compliance</c> (members; import and retire: the coordinator).
    /// </summary>
    public static IEndpointRouteBuilder MapTerritoryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGeographyEndpoints();
        api.MapAreaEndpoints();
        api.MapComplianceEndpoints();
        return api;
    }
}
