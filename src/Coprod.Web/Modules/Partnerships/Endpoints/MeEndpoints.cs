using Coprod.Web.Modules.Partnerships.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Partnerships.Endpoints;

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", async Task<Results<Ok<GetMe.Response>, UnauthorizedHttpResult>> (HttpContext http, GetMe.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(http.User.RequireUserId(), ct) is { } me ? TypedResults.Ok(me) : TypedResults.Unauthorized())
            .RequireAuthorization()
            .WithTags("Partnerships")
            .WithName("Partnerships_Me")
            .WithSummary("Who am I: account, platform role and current memberships.");

        api.MapGet("/partnerships", async (HttpContext http, ListMyPartnerships.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(http.User.RequireUserId(), ct)))
            .RequireAuthorization()
            .WithTags("Partnerships")
            .WithName("Partnerships_ListMine")
            .WithSummary("The partnerships where I hold a current membership.");
    }
}
