using Coprod.Web.Modules.Partnerships.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Partnerships.Endpoints;

internal static class PartnershipEndpoints
{
    public static void MapPartnershipEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/partnerships/{partnershipId:guid}")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Partnerships");

        group.MapGet("", async Task<Results<Ok<GetPartnership.Response>, NotFound>> (Guid partnershipId, GetPartnership.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, ct) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound())
            .WithName("Partnerships_Get")
            .WithSummary("The partnership, its communes and population.");

        group.MapPut("", (Guid partnershipId, UpdatePartnership.Request request, UpdatePartnership.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Partnerships_Update")
            .WithSummary("Update name, status, communes, CDDF and CISPD opposition (coordinator; send the version you read).");

        group.MapGet("/memberships", async (Guid partnershipId, bool? includeEnded, ListMembers.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, includeEnded ?? false, ct)))
            .WithName("Partnerships_ListMembers")
            .WithSummary("Members, roles and institutions.");

        group.MapPost("/memberships", (Guid partnershipId, GrantMembership.Request request, GrantMembership.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Partnerships_GrantMembership")
            .WithSummary("Give a person a role; unknown e-mails are invited (coordinator).");

        group.MapPut("/memberships/{membershipId:guid}", (Guid partnershipId, Guid membershipId, ChangeMembership.Request request, ChangeMembership.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, membershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Partnerships_ChangeMembership")
            .WithSummary("Change a member's role or institution (coordinator).");

        group.MapPost("/memberships/{membershipId:guid}/end", (Guid partnershipId, Guid membershipId, EndMembership.Request request, EndMembership.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, membershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Partnerships_EndMembership")
            .WithSummary("End a membership: the person loses access from that day (coordinator).");
    }
}
