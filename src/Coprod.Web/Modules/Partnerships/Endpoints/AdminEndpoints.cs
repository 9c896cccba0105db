using Coprod.Web.Modules.Partnerships.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Partnerships.Endpoints;

internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin")
            .RequireAuthorization(CoprodPolicies.PlatformAdmin)
            .WithTags("Administration");

        admin.MapGet("/partnerships", async (ListAllPartnerships.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .WithName("Admin_ListPartnerships")
            .WithSummary("All tenants, without their content (operator).");

        admin.MapPost("/partnerships", (CreatePartnership.Request request, CreatePartnership.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Admin_CreatePartnership")
            .WithSummary("Open a partnership over communes given by INSEE code (operator).");

        admin.MapPost("/partnerships/{partnershipId:guid}/memberships", (Guid partnershipId, GrantMembership.Request request, GrantMembership.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .WithName("Admin_GrantMembership")
            .WithSummary("Name a partnership's first members, e.g. its coordinator (operator).");

        admin.MapGet("/accounts", async (string? q, int? limit, ListAccounts.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(q, limit ?? 100, ct)))
            .WithName("Admin_ListAccounts")
            .WithSummary("Accounts, filtered by name or e-mail (operator).");

        admin.MapPost("/accounts", (CreateAccount.Request request, CreateAccount.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(request, http.User.RequireUserId(), ct))
            .WithName("Admin_CreateAccount")
            .WithSummary("Create an account; the person gets an e-mail to choose a password (operator).");

        admin.MapPost("/accounts/{accountId:guid}/disable", (Guid accountId, SetAccountDisabled.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(accountId, true, http.User.RequireUserId(), ct))
            .WithName("Admin_DisableAccount")
            .WithSummary("Disable an account and end its sessions (operator).");

        admin.MapPost("/accounts/{accountId:guid}/enable", (Guid accountId, SetAccountDisabled.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(accountId, false, http.User.RequireUserId(), ct))
            .WithName("Admin_EnableAccount")
            .WithSummary("Enable a disabled account again (operator).");
    }
}
