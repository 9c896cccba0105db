using Coprod.Web.Modules.Territory.Features;

namespace Coprod.Web.Modules.Territory.Endpoints;

internal static class GeographyEndpoints
{
    public static void MapGeographyEndpoints(this IEndpointRouteBuilder api)
    {
        var geography = api.MapGroup("/geography").WithTags(TerritoryRoutes.Tag).RequireAuthorization();

        geography.MapGet("/communes", (string? q, string? limit, SearchCommunes.Handler handler) =>
                handler.Handle(new SearchCommunes.Request(q, limit)))
            .WithName("Territory_SearchCommunes")
            .WithSummary("Communes by name, INSEE code or postal code, accents and case ignored, best first (q: 2 to 100 characters, limit: 1 to 50, 20 by default).");

        geography.MapGet("/communes/{insee}", (string insee, GetCommune.Handler handler) => handler.Handle(insee))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Territory_GetCommune")
            .WithSummary("One commune of the official geography by INSEE code.");
    }
}
