namespace Coprod.Web.Modules.Directory;

/// <summary>DIR: the partner directory. For now, a partnership's institutions (DIR-1).</summary>
public static class DirectoryModule
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder api)
    {
        return api;
    }
}
