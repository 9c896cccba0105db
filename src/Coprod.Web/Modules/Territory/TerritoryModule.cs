namespace Coprod.Web.Modules.Territory;

/// <summary>
/// TER-2..4: the official INSEE geography, sub-municipal areas with point-in-polygon
/// assignment, and the legal obligations computed for each partnership.
/// </summary>
public static class TerritoryModule
{
    public static IServiceCollection AddTerritory(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapTerritoryEndpoints(this IEndpointRouteBuilder api)
    {
        return api;
    }
}
