using Coprod.Web.Modules.Contract.Endpoints;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Modules.Contract.Features.Amendments;
using Coprod.Web.Modules.Contract.Features.Commitments;
using Coprod.Web.Modules.Contract.Features.Values;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Contract;

/// <summary>
/// CLS: the contract a partnership signs and its action plan — the contract and its priorities by
/// theme (CLS-1), action sheets (CLS-2) and their precision check (CLS-3), partners' commitments
/// (CLS-4), amendments (CLS-5) and indicator values. Its routes sit under
/// <c>/partnerships/{partnershipId}</c>.
/// </summary>
public static class ContractModule
{
    public static IServiceCollection AddContract(this IServiceCollection services)
    {
        services.AddScoped<ContractAccess>();
        services.AddSingleton<StrategyTaxonomy>();
        services.AddScoped<ContractReader>();
        services.AddScoped<ListContracts.Handler>();
        services.AddScoped<GetContract.Handler>();
        services.AddScoped<CreateContract.Handler>();
        services.AddScoped<UpdateContract.Handler>();
        services.AddScoped<SignContract.Handler>();
        services.AddScoped<ListSheets.Handler>();
        services.AddScoped<GetSheet.Handler>();
        services.AddScoped<CreateSheet.Handler>();
        services.AddScoped<UpdateSheet.Handler>();
        services.AddScoped<AdoptSheet.Handler>();
        services.AddScoped<ChangeSheetStatus.Handler>();
        services.AddAmendments();
        services.AddCommitments();
        services.AddIndicatorValues();
        return services;
    }

    /// <summary>
    /// The contract routes, for members of the partnership: reads for every member (field agents
    /// included), writes for the coordinator (<see cref="CoprodPolicies.PartnershipManage"/>); the
    /// strategy's taxonomy for any signed-in user.
    /// </summary>
    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder api)
    {
        var partnership = api.MapGroup("/partnerships/{partnershipId:guid}")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Contract");
        partnership.MapContractRoutes();
        partnership.MapSheetRoutes();
        api.MapTaxonomyRoute();
        api.MapAmendmentEndpoints();
        api.MapCommitmentEndpoints();
        api.MapIndicatorValueEndpoints();
        return api;
    }
}
