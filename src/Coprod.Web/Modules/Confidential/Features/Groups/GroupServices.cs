using Coprod.Web.Modules.Confidential.Features.Coordinations;
using Coprod.Web.Modules.Confidential.Features.Register;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>The services of groups, charters, members, coordinations and the record of processing (CONF-1, CONF-2, CONF-6, L121-6-2).</summary>
public static class GroupServices
{
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddScoped<GroupManagers>();
        services.AddScoped<GroupReader>();
        services.AddScoped<GroupEditing>();
        services.AddScoped<CharterRules>();
        services.AddScoped<DesignationRules>();
        services.AddScoped<ListMyGroups.Handler>();
        services.AddScoped<ReadCharter.Handler>();
        services.AddScoped<SignCharter.Handler>();
        services.AddScoped<ListManagedGroups.Handler>();
        services.AddScoped<CreateGroup.Handler>();
        services.AddScoped<UpdateGroup.Handler>();
        services.AddScoped<CloseGroup.Handler>();
        services.AddScoped<PublishCharter.Handler>();
        services.AddScoped<DesignateMember.Handler>();
        services.AddScoped<EndMembership.Handler>();
        services.AddScoped<SetCoordinator.Handler>();
        services.AddScoped<ListCoordinations.Handler>();
        services.AddScoped<MakeDisclosure.Handler>();
        services.AddScoped<ListDisclosures.Handler>();
        services.AddScoped<ProcessingRecordWriter>();
        services.AddScoped<ImpactAssessmentWriter>();
        services.AddScoped<GenerateRegister.Handler>();
        return services;
    }
}
