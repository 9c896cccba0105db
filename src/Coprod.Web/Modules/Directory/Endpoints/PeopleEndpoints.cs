using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Coprod.Web.Modules.Directory.Endpoints;

internal static class PeopleEndpoints
{
    public static void MapPeopleEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partnerships/{partnershipId:guid}/directory")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Directory");

        group.MapGet("/people", async (Guid partnershipId, bool? includeFormer, ListPeople.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, includeFormer ?? false, ct)))
            .WithName("Directory_ListPeople")
            .WithSummary("The directory's people in post (includeFormer=true: also those who left), with their institution, work contacts, communes and roles.");

        group.MapPost("/people", (Guid partnershipId, CreatePerson.Request request, CreatePerson.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Directory_CreatePerson")
            .WithSummary("Add a person to the directory (coordinator).");

        group.MapPut("/people/{personId:guid}", (Guid partnershipId, Guid personId, UpdatePerson.Request request, UpdatePerson.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, personId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Directory_UpdatePerson")
            .WithSummary("Correct a person's details (coordinator); version required, 409 when stale. Returns the new version.");

        group.MapGet("/people/{personId:guid}/open-items", (Guid partnershipId, Guid personId, DateOnly? on, ListOpenItems.Handler handler, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, personId, on, ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Directory_ListOpenItems")
            .WithSummary("What a person still holds (memberships…) and must hand over before leaving.");

        group.MapPost("/people/{personId:guid}/leave", (Guid partnershipId, Guid personId, LeavePerson.Request request, LeavePerson.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, personId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Directory_LeavePerson")
            .WithSummary("A person leaves on endsOn; every open item passes to successorId in the same transaction (required when there are open items).");

        group.MapPost("/import", (Guid partnershipId, bool? dryRun, HttpRequest request, ImportDirectory.Handler handler, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request.HttpContext.User.RequireUserId(), request.Body, request.ContentType, dryRun ?? false, ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithMetadata(new RequestSizeLimitAttribute(DirectoryFile.MaxBytes))
            .WithName("Directory_Import")
            .WithSummary("Import people and institutions: the body is a CSV (text/csv) or XLSX file, 5 MiB and 5,000 rows at most; dryRun=true previews every row with its errors, otherwise all or nothing.");
    }
}
