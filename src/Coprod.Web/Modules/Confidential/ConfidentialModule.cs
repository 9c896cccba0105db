using Coprod.Web.Modules.Confidential.Endpoints;
using Coprod.Web.Modules.Confidential.Features;
using Coprod.Web.Modules.Confidential.Features.Cases;
using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Modules.Confidential.Features.Retention;
using Coprod.Web.Modules.Confidential.Protection;

namespace Coprod.Web.Modules.Confidential;

/// <summary>
/// CONF: confidential groups and the « secret partagé » — the two channels (L132-5 working groups,
/// L121-6-2 coordinations), their charters and named members, the cases they follow (encrypted,
/// every access audited), the retention of cases and the record of processing. Its routes sit under
/// <c>/partnerships/{partnershipId}/confidential</c>.
/// </summary>
public static class ConfidentialModule
{
    public static IServiceCollection AddConfidential(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConfidentialOptions>(configuration.GetSection("Confidential"));
        services.AddSingleton<ConfidentialCipher>();
        services.AddScoped<ConfidentialAccess>();
        services.AddGroups();
        services.AddCases();
        services.AddRetention(configuration);
        return services;
    }

    /// <summary>The confidential routes, for members of the partnership; every case route then checks the group (<see cref="ConfidentialAccess"/>).</summary>
    public static IEndpointRouteBuilder MapConfidentialEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroupEndpoints();
        api.MapCoordinationEndpoints();
        api.MapRegisterEndpoints();
        api.MapCaseEndpoints();
        return api;
    }
}
