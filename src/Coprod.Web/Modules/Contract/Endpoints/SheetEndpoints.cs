using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Endpoints;

internal static class SheetEndpoints
{
    public static void MapSheetRoutes(this RouteGroupBuilder partnership)
    {
        var sheets = partnership.MapGroup("/contracts/{contractId:guid}/sheets");

        sheets.MapGet("", async Task<Results<Ok<IReadOnlyList<SheetTheme>>, ProblemHttpResult>> (Guid partnershipId, Guid contractId, ListSheets.Handler handler,
                HttpContext http, IStringLocalizer<ContractText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, contractId, http.User.RequireUserId(), ct) is { } themes
                    ? TypedResults.Ok(themes)
                    : TypedResults.Problem(detail: t["Contract_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Contract_ListSheets")
            .WithSummary("The contract's sheets by theme (priority order, then number), never by institution, with each theme's complete and single-institution counts.");

        sheets.MapGet("/{sheetId:guid}", async Task<Results<Ok<SheetDto>, ProblemHttpResult>> (Guid partnershipId, Guid contractId, Guid sheetId, GetSheet.Handler handler,
                HttpContext http, IStringLocalizer<ContractText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, contractId, sheetId, http.User.RequireUserId(), ct) is { } sheet
                    ? TypedResults.Ok(sheet)
                    : TypedResults.Problem(detail: t["Sheet_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Contract_GetSheet")
            .WithSummary("An action sheet with its milestones, funding plan, indicators and precision check.");

        sheets.MapGet("/{sheetId:guid}/quality", async Task<Results<Ok<QualityReport>, ProblemHttpResult>> (Guid partnershipId, Guid contractId, Guid sheetId,
                GetSheet.Handler handler, HttpContext http, IStringLocalizer<ContractText> t, CancellationToken ct) =>
                await handler.QualityAsync(partnershipId, contractId, sheetId, http.User.RequireUserId(), ct) is { } quality
                    ? TypedResults.Ok(quality)
                    : TypedResults.Problem(detail: t["Sheet_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Contract_SheetQuality")
            .WithSummary("The precision check: complete or not, what is missing and how to fix it, and warnings (single institution, vague verbs…).");

        sheets.MapPost("", (Guid partnershipId, Guid contractId, SheetInput request, CreateSheet.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, contractId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Contract_CreateSheet")
            .WithSummary("Add a sheet in draft (the coordinator), numbered after the last; may be incomplete, never wrong (400 field errors).");

        sheets.MapPut("/{sheetId:guid}", (Guid partnershipId, Guid contractId, Guid sheetId, SheetInput request, UpdateSheet.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, sheetId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Contract_UpdateSheet")
            .WithSummary("Edit a sheet (the coordinator); an adopted sheet of a signed contract by amendment only (409); 409 on a stale version.");

        sheets.MapPost("/{sheetId:guid}/adopt", (Guid partnershipId, Guid contractId, Guid sheetId, AdoptSheet.Request request, AdoptSheet.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, sheetId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Contract_AdoptSheet")
            .WithSummary("Adopt a draft sheet (the coordinator) once complete; 422 listing what is missing otherwise.");

        sheets.MapPost("/{sheetId:guid}/status", (Guid partnershipId, Guid contractId, Guid sheetId, ChangeSheetStatus.Request request, ChangeSheetStatus.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, sheetId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Contract_ChangeSheetStatus")
            .WithSummary("Mark a sheet Completed or Abandoned (the coordinator); an adopted sheet of a signed contract is abandoned by amendment (409).");
    }
}
