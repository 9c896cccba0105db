using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Events.Endpoints;

/// <summary>Institution API keys (EVT-4), managed by the coordinator.</summary>
internal static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this RouteGroupBuilder events)
    {
        var keys = events.MapGroup("/api-keys").RequireAuthorization(CoprodPolicies.PartnershipManage);

        keys.MapGet("", async (Guid partnershipId, ListApiKeys.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Events_ListApiKeys")
            .WithSummary("The partnership's institution API keys with their prefix, last use and revocation; never a secret.");

        keys.MapPost("", (Guid partnershipId, CreateApiKey.Request request, CreateApiKey.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .WithName("Events_CreateApiKey")
            .WithSummary("Issue an API key for one institution's system; the secret is in this answer only and cannot be shown again.");

        keys.MapPost("/{keyId:guid}/revoke", (Guid partnershipId, Guid keyId, RevokeApiKey.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, keyId, http.User.RequireUserId(), ct))
            .WithName("Events_RevokeApiKey")
            .WithSummary("Revoke an API key: its next request is refused.");
    }
}
