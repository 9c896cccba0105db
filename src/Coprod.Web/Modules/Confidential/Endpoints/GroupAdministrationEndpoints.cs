using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Confidential.Endpoints;

/// <summary>The managers' routes (president, coordinator; others 403): groups, charters, members. No case data.</summary>
internal static class GroupAdministrationEndpoints
{
    public static void MapGroupAdministrationEndpoints(this RouteGroupBuilder confidential)
    {
        var admin = confidential.MapGroup("/administration/groups");
        admin.MapGet("/", (Guid partnershipId, ListManagedGroups.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct))
            .WithName("Confidential_ListManagedGroups")
            .WithSummary("Every group with its charter in force and its members (institution, designation, signed version, 2FA, end).");

        admin.MapGet("/{groupId:guid}", (Guid partnershipId, Guid groupId, ListManagedGroups.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.OneAsync(partnershipId, groupId, http.User.RequireUserId(), ct))
            .WithName("Confidential_GetManagedGroup")
            .WithSummary("One group as its managers see it.");

        admin.MapPost("/", (Guid partnershipId, CreateGroup.Request request, CreateGroup.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Confidential_CreateGroup")
            .WithSummary("Create a group (channel, anonymous name, purpose, territory) with its charter v1; a coordination names its coordinator.");

        admin.MapPut("/{groupId:guid}", (Guid partnershipId, Guid groupId, UpdateGroup.Request request, UpdateGroup.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, groupId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Confidential_UpdateGroup")
            .WithSummary("Change the group's name, purpose or territory; 409 on a stale version.");

        admin.MapPost("/{groupId:guid}/close", (Guid partnershipId, Guid groupId, CloseGroup.Request request, CloseGroup.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, groupId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem()
            .WithName("Confidential_CloseGroup")
            .WithSummary("Close the group; 409 while it has active cases or on a stale version.");

        admin.MapPost("/{groupId:guid}/charter", (Guid partnershipId, Guid groupId, PublishCharter.Request request, PublishCharter.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, groupId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Confidential_PublishCharter")
            .WithSummary("Publish the charter's next version: every member must sign it again before reading; members are told by mail.");

        admin.MapPut("/{groupId:guid}/coordinator", (Guid partnershipId, Guid groupId, SetCoordinator.Request request, SetCoordinator.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, groupId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem()
            .WithName("Confidential_SetCoordinator")
            .WithSummary("Name a coordination's coordinator among its current members.");

        admin.MapPost("/{groupId:guid}/members", (Guid partnershipId, Guid groupId, DesignateMember.Request request, DesignateMember.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, groupId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem()
            .WithName("Confidential_DesignateMember")
            .WithSummary("Designate a current member of the partnership in the group.");

        admin.MapDelete("/{groupId:guid}/members/{memberId:guid}", (Guid partnershipId, Guid groupId, Guid memberId, EndMembership.Handler handler,
                HttpContext http, CancellationToken ct) => handler.RemoveAsync(partnershipId, groupId, memberId, http.User.RequireUserId(), ct))
            .WithName("Confidential_RemoveMember")
            .WithSummary("Remove a member: access ends at once.");

        admin.MapPost("/{groupId:guid}/members/{memberId:guid}/breach", (Guid partnershipId, Guid groupId, Guid memberId, EndMembership.BreachRequest request,
                EndMembership.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.BreachAsync(partnershipId, groupId, memberId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem()
            .WithName("Confidential_RecordBreach")
            .WithSummary("Record a breach of the charter (reason code): the membership ends at once.");
    }
}
