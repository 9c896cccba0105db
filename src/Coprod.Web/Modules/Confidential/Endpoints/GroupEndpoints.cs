using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Confidential.Endpoints;

/// <summary>A member's groups and charters (CONF-1, CONF-2); the managers' routes are in <see cref="GroupAdministrationEndpoints"/>.</summary>
internal static class GroupEndpoints
{
    public static IEndpointRouteBuilder MapGroupEndpoints(this IEndpointRouteBuilder api)
    {
        var confidential = api.Confidential();
        confidential.MapGet("/groups", async (Guid partnershipId, ListMyGroups.Handler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct)))
            .WithName("Confidential_MyGroups")
            .WithSummary("The groups the caller is a current member of, with their standing (entitled, charterToSign, twoFactorRequired) and the charter in force.");

        confidential.MapGet("/groups/{groupId:guid}/charter", (Guid partnershipId, Guid groupId, ReadCharter.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, groupId, http.User.RequireUserId(), ct))
            .WithName("Confidential_ReadCharter")
            .WithSummary("The charter in force, for the group's current members whatever their standing; 404 for anyone else.");

        confidential.MapPost("/groups/{groupId:guid}/charter/signatures", (Guid partnershipId, Guid groupId, SignCharter.Request request, SignCharter.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, groupId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem()
            .WithName("Confidential_SignCharter")
            .WithSummary("A member signs the version in force ({ version }, else 409; idempotent); needs 2FA (403); 404 for non-members.");

        confidential.MapGroupAdministrationEndpoints();
        return api;
    }
}
