using Coprod.Web.Modules.Contract.Endpoints;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Modules.Contract.Features.Commitments;
using Coprod.Web.Modules.Contract.Features.Values;

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
        services.AddCommitments();
        services.AddIndicatorValues();
        return services;
    }

    /// <summary>The contract routes, for members of the partnership.</summary>
    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapCommitmentEndpoints();
        api.MapIndicatorValueEndpoints();
        return api;
    }
}
