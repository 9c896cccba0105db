using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Endpoints;

internal static class ContractEndpoints
{
    public static void MapContractRoutes(this RouteGroupBuilder partnership)
    {
        var contracts = partnership.MapGroup("/contracts");

        contracts.MapGet("", async (Guid partnershipId, ListContracts.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Contract_ListContracts")
            .WithSummary("The partnership's contracts (CLS, STSPD), latest first, with how many of their sheets are complete.");

        contracts.MapGet("/{contractId:guid}", async Task<Results<Ok<ContractDto>, ProblemHttpResult>> (Guid partnershipId, Guid contractId, GetContract.Handler handler,
                HttpContext http, IStringLocalizer<ContractText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, contractId, http.User.RequireUserId(), ct) is { } contract
                    ? TypedResults.Ok(contract)
                    : TypedResults.Problem(detail: t["Contract_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Contract_GetContract")
            .WithSummary("A contract: period, signatories and signature state, priorities by theme with their sheets' counts (complete, single-institution).");

        contracts.MapPost("", (Guid partnershipId, ContractInput request, CreateContract.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Contract_CreateContract")
            .WithSummary("Create a contract in draft (the coordinator): kind, title, period (at most 10 years), diagnostic, signatories, priorities with taxonomy tags.");

        contracts.MapPut("/{contractId:guid}", (Guid partnershipId, Guid contractId, ContractInput request, UpdateContract.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Contract_UpdateContract")
            .WithSummary("Edit a contract; once signed only its title, diagnostic and approving members (409 « par avenant » otherwise); 409 on a stale version.");

        contracts.MapPost("/{contractId:guid}/sign", (Guid partnershipId, Guid contractId, SignContract.Request request, SignContract.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Contract_SignContract")
            .WithSummary("Record the signature once every signatory has signed (422 otherwise): the contract becomes version 1, kept as a snapshot.");
    }

    public static void MapTaxonomyRoute(this IEndpointRouteBuilder api) =>
        api.MapGet("/contract-taxonomy", (StrategyTaxonomy taxonomy) => TypedResults.Ok(taxonomy.Tags))
            .RequireAuthorization()
            .WithTags("Contract")
            .WithName("Contract_Taxonomy")
            .WithSummary("The national strategy's taxonomy used to tag priorities and sheets (SNPD 2020-2024 axes and themes; SNPD 2013-2017 programmes as legacy).");
}
