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
        services.AddScoped<InviteAccount>();
        services.AddScoped<GetMe.Handler>();
        services.AddScoped<ListMyPartnerships.Handler>();
        services.AddScoped<GetPartnership.Handler>();
        services.AddScoped<UpdatePartnership.Handler>();
        services.AddScoped<ListMembers.Handler>();
        services.AddScoped<GrantMembership.Handler>();
        services.AddScoped<ChangeMembership.Handler>();
        services.AddScoped<EndMembership.Handler>();
        services.AddScoped<ListAllPartnerships.Handler>();
        services.AddScoped<CreatePartnership.Handler>();
        services.AddScoped<ListAccounts.Handler>();
        services.AddScoped<CreateAccount.Handler>();
        services.AddScoped<SetAccountDisabled.Handler>();
        return services;
    }

    public static IEndpointRouteBuilder MapPartnershipsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapMeEndpoints();
        api.MapPartnershipEndpoints();
        api.MapAdminEndpoints();
        return api;
    }
}
