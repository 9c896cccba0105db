using Coprod.Web.Modules.Partnerships.Endpoints;
using Coprod.Web.Modules.Partnerships.Features;

namespace Coprod.Web.Modules.Partnerships;

/// <summary>
/// TER-1 and "Users and roles": partnerships as tenants, memberships (partnership × role ×
/// institution), who-am-I, and the operator's management of tenants and accounts.
/// </summary>
public static class PartnershipsModule
{
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<ListMyPartnerships.Handler>();
        return services;
    }

    public static IEndpointRouteBuilder MapPartnershipsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapMeEndpoints();
        return api;
    }
}
