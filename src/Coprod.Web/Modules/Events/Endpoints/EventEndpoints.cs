using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Events.Endpoints;

internal static class EventEndpoints
{
    public static void MapEventEndpoints(this RouteGroupBuilder events)
    {
        events.MapGet("", (Guid partnershipId, string? from, string? to, string? category, string? commune, string? areaId, string? minSeverity, string? bbox,
                int? page, int? pageSize, ListEvents.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, new EventFilter.Query(from, to, category, commune, areaId, minSeverity, bbox), page, pageSize,
                    http.User.RequireUserId(), ct))
            .WithName("Events_List")
            .WithSummary("Events the caller may read, newest first, filtered and paged (EVT-5).");

        events.MapGet("/points", (Guid partnershipId, string? from, string? to, string? category, string? commune, string? areaId, string? minSeverity, string? bbox,
                ListEventPoints.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, new EventFilter.Query(from, to, category, commune, areaId, minSeverity, bbox), http.User.RequireUserId(), ct))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Compressed()
            .WithName("Events_Points")
            .WithSummary("For the map: every readable event with a point, with the list's filters, as compact rows [id, lon, lat, category index, severity 1-4, "
                + "occurredAt Unix seconds], plus count, withoutPoint (events placed by commune or area only) and limit (422 above it).");

        events.MapGet("/{eventId:guid}", (Guid partnershipId, Guid eventId, GetEvent.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, eventId, http.User.RequireUserId(), ct))
            .WithName("Events_Get")
            .WithSummary("One event the caller may read.");

        events.MapGet("/categories", async (Guid partnershipId, ListCategories.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Events_ListCategories")
            .WithSummary("The partnership's event taxonomy (French default on first use).");

        events.MapPost("/categories", (Guid partnershipId, SaveCategory.CreateRequest request, SaveCategory.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.CreateAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Events_CreateCategory")
            .WithSummary("Add a category (coordinator).");

        events.MapPut("/categories/{categoryId:guid}", (Guid partnershipId, Guid categoryId, SaveCategory.UpdateRequest request, SaveCategory.Handler handler,
                HttpContext http, CancellationToken ct) => handler.UpdateAsync(partnershipId, categoryId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Events_UpdateCategory")
            .WithSummary("Rename, reorder, retire or restore a category (coordinator); 409 on a stale version.");
    }
}
