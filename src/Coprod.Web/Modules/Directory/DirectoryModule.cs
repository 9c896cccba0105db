using Coprod.Web.Modules.Directory.Endpoints;
using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Directory.HandOver;

namespace Coprod.Web.Modules.Directory;

/// <summary>DIR: the partner directory: a partnership's institutions (DIR-1) and people (DIR-2), with import and hand-over.</summary>
public static class DirectoryModule
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<ListInstitutions.Handler>();
        services.AddScoped<CreateInstitution.Handler>();
        services.AddScoped<ListPeople.Handler>();
        services.AddScoped<CreatePerson.Handler>();
        services.AddScoped<UpdatePerson.Handler>();
        services.AddScoped<ImportDirectory.Handler>();
        services.AddScoped<ListOpenItems.Handler>();
        services.AddScoped<LeavePerson.Handler>();
        services.AddScoped<IHandOverSource, MembershipHandOver>();
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapInstitutionEndpoints();
        api.MapPeopleEndpoints();
        return api;
    }
}
