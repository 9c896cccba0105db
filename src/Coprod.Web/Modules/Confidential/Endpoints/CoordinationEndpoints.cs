using Coprod.Web.Modules.Confidential.Features.Coordinations;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Confidential.Endpoints;

/// <summary>The mayor's view of L121-6-2 coordinations, and the disclosures made to them.</summary>
internal static class CoordinationEndpoints
{
    public static IEndpointRouteBuilder MapCoordinationEndpoints(this IEndpointRouteBuilder api)
    {
        var confidential = api.Confidential();
        confidential.MapGet("/coordinations", (Guid partnershipId, ListCoordinations.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct))
            .WithName("Confidential_ListCoordinations")
            .WithSummary("For the president and the coordinator: each coordination's territory, date, status and coordinator — nothing about cases or people.");

        confidential.MapPost("/cases/{caseId:guid}/disclosures", (Guid partnershipId, Guid caseId, MakeDisclosure.Request request, MakeDisclosure.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, caseId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem()
            .WithName("Confidential_MakeDisclosure")
            .WithSummary("An entitled member of a coordination tells the president(s) something strictly necessary (justification ≥ 20 characters); sealed, audited.");

        confidential.MapGet("/disclosures", async (Guid partnershipId, ListDisclosures.Handler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct)))
            .WithName("Confidential_ListDisclosures")
            .WithSummary("The disclosures addressed to the caller as president, decrypted; every read audited; empty for anyone else.");
        return api;
    }
}
