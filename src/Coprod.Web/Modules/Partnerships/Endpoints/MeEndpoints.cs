using Coprod.Web.Modules.Partnerships.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Partnerships.Endpoints;

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/partnerships", async (HttpContext http, ListMyPartnerships.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(http.User.RequireUserId(), ct)))
            .RequireAuthorization()
            .WithTags("Partnerships")
            .WithName("Partnerships_ListMine")
            .WithSummary("The partnerships where I hold a current membership.");
    }
}
