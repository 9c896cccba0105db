using Coprod.Web.Modules.Directory.Endpoints;
using Coprod.Web.Modules.Directory.Features;

namespace Coprod.Web.Modules.Directory;

/// <summary>DIR: the partner directory. For now, a partnership's institutions (DIR-1).</summary>
public static class DirectoryModule
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<ListInstitutions.Handler>();
        services.AddScoped<CreateInstitution.Handler>();
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapInstitutionEndpoints();
        return api;
    }
}
