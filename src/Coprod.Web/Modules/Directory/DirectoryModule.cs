using Coprod.Web.Modules.Directory.Endpoints;
using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Directory.HandOver;

namespace Coprod.Web.Modules.Directory;

/// <summary>
/// DIR: the partner directory ("qui fait quoi"): institutions and their services (DIR-1), people with
/// import and hand-over (DIR-2), competences by problem and territory (DIR-3), weekly presence and
/// coverage (DIR-4), on-call rota (DIR-5).
/// </summary>
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
        services.AddScoped<ServiceEditRights>();
        services.AddScoped<ListServices.Handler>();
        services.AddScoped<CreateService.Handler>();
        services.AddScoped<UpdateService.Handler>();
        services.AddScoped<DeleteService.Handler>();
        services.AddScoped<AddCompetence.Handler>();
        services.AddScoped<AddPresenceSlot.Handler>();
        services.AddScoped<AddOnCallShift.Handler>();
        services.AddScoped<RemoveServiceItem.Handler>();
        services.AddScoped<ListProblems.Handler>();
        services.AddScoped<ListPlaces.Handler>();
        services.AddScoped<WhoHandles.Handler>();
        services.AddScoped<ComputeCoverage.Handler>();
        services.AddScoped<WhoIsOnCall.Handler>();
        return services;
    }

    /// <summary>
    /// Under the API root: <c>/partnerships/{partnershipId}/institutions</c> and
    /// <c>/partnerships/{partnershipId}/directory/…</c> (members read; services are edited by the
    /// coordinator, or by a contributor for their own institution).
    /// </summary>
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapInstitutionEndpoints();
        api.MapPeopleEndpoints();
        api.MapServiceEndpoints();
        api.MapDirectoryQueryEndpoints();
        return api;
    }
}
