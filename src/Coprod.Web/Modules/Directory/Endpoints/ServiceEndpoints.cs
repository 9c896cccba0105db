using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Directory.Endpoints;

internal static class ServiceEndpoints
{
    public static void MapServiceEndpoints(this IEndpointRouteBuilder api)
    {
        var directory = api.MapGroup($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}/directory")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Directory");
        var services = directory.MapGroup("/services");

        services.MapGet("", (Guid partnershipId, Guid? institutionId, ListServices.Handler h, CancellationToken ct) => h.HandleAsync(partnershipId, institutionId, ct))
            .WithName("Directory_ListServices")
            .WithSummary("The services (optionally of one institution) with territories, competences, presence slots and the on-call rota to come.");

        directory.MapGet("/institutions/{institutionId:guid}/services", (Guid partnershipId, Guid institutionId, ListServices.Handler h, CancellationToken ct) => h.HandleAsync(partnershipId, institutionId, ct))
            .WithName("Directory_ListInstitutionServices")
            .WithSummary("One institution's services.");

        var write = services.MapGroup("").RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        write.MapPost("", (Guid partnershipId, CreateService.Request r, CreateService.Handler h, HttpContext http, CancellationToken ct) => h.HandleAsync(partnershipId, r, http.User.RequireUserId(), ct))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Directory_CreateService")
            .WithSummary("Add a service to an institution (coordinator: any; other contributors: their own institution). Name and description refuse personal data (422).");

        write.MapPut("/{serviceId:guid}", (Guid partnershipId, Guid serviceId, UpdateService.Request r, UpdateService.Handler h, HttpContext http, CancellationToken ct) => h.HandleAsync(partnershipId, serviceId, r, http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("Directory_UpdateService")
            .WithSummary("Replace a service's fields and territories; version is the token read with it (409 when stale).");

        write.MapDelete("/{serviceId:guid}", (Guid partnershipId, Guid serviceId, Guid? version, DeleteService.Handler h, HttpContext http, CancellationToken ct) => h.HandleAsync(partnershipId, serviceId, version, http.User.RequireUserId(), ct))
            .WithName("Directory_DeleteService")
            .WithSummary("Remove a service with its competences, presence and on-call rota (?version= to refuse a stale delete).");

        write.MapPost("/{serviceId:guid}/competences", (Guid partnershipId, Guid serviceId, AddCompetence.Request r, AddCompetence.Handler h, HttpContext http, CancellationToken ct) => h.HandleAsync(partnershipId, serviceId, r, http.User.RequireUserId(), ct))
            .WithName("Directory_AddCompetence")
            .WithSummary("The service handles a problem (catalogue code) on a territory { commune | areaId }, or on all its territories.");

        write.MapPost("/{serviceId:guid}/presence", (Guid partnershipId, Guid serviceId, AddPresenceSlot.Request r, AddPresenceSlot.Handler h, HttpContext http, CancellationToken ct) => h.HandleAsync(partnershipId, serviceId, r, http.User.RequireUserId(), ct))
            .WithName("Directory_AddPresenceSlot")
            .WithSummary("A weekly presence slot: day (Friday or 1–7), start and end HH:mm in Paris time (end before start crosses midnight); overlaps refused.");

        write.MapPost("/{serviceId:guid}/on-call", (Guid partnershipId, Guid serviceId, AddOnCallShift.Request r, AddOnCallShift.Handler h, HttpContext http, CancellationToken ct) => h.HandleAsync(partnershipId, serviceId, r, http.User.RequireUserId(), ct))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Directory_AddOnCallShift")
            .WithSummary("An on-call entry: label (a function, never a person), the service's on-call phone, from/to ISO-8601, territory.");

        write.MapDelete("/{serviceId:guid}/competences/{itemId:guid}", (Guid partnershipId, Guid serviceId, Guid itemId, RemoveServiceItem.Handler h, HttpContext http, CancellationToken ct) =>
                h.HandleAsync(partnershipId, serviceId, RemoveServiceItem.Kind.Competence, itemId, http.User.RequireUserId(), ct))
            .WithName("Directory_RemoveCompetence");

        write.MapDelete("/{serviceId:guid}/presence/{itemId:guid}", (Guid partnershipId, Guid serviceId, Guid itemId, RemoveServiceItem.Handler h, HttpContext http, CancellationToken ct) =>
                h.HandleAsync(partnershipId, serviceId, RemoveServiceItem.Kind.PresenceSlot, itemId, http.User.RequireUserId(), ct))
            .WithName("Directory_RemovePresenceSlot");

        write.MapDelete("/{serviceId:guid}/on-call/{itemId:guid}", (Guid partnershipId, Guid serviceId, Guid itemId, RemoveServiceItem.Handler h, HttpContext http, CancellationToken ct) =>
                h.HandleAsync(partnershipId, serviceId, RemoveServiceItem.Kind.OnCallShift, itemId, http.User.RequireUserId(), ct))
            .WithName("Directory_RemoveOnCallShift");
    }
}
