using Coprod.Web.Modules.Confidential.Features.Register;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Confidential.Endpoints;

/// <summary>The record of processing (GDPR art. 30) and the DPIA template, for the president and the coordinator.</summary>
internal static class RegisterEndpoints
{
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder api)
    {
        var confidential = api.Confidential();
        confidential.MapGet("/register", (Guid partnershipId, string? format, GenerateRegister.Handler handler, HttpContext http, CancellationToken ct) =>
                FileAsync(handler.HandleAsync(partnershipId, GenerateRegister.Kind.ProcessingRecord, format, http.User.RequireUserId(), ct)))
            .ProducesValidationProblem()
            .WithName("Confidential_ProcessingRecord")
            .WithSummary("The record of processing of the confidential groups, ?format=html (default), docx or pdf; audited.");

        confidential.MapGet("/impact-assessment", (Guid partnershipId, string? format, GenerateRegister.Handler handler, HttpContext http, CancellationToken ct) =>
                FileAsync(handler.HandleAsync(partnershipId, GenerateRegister.Kind.ImpactAssessment, format, http.User.RequireUserId(), ct)))
            .ProducesValidationProblem()
            .WithName("Confidential_ImpactAssessment")
            .WithSummary("The DPIA template of the confidential groups, ?format=html (default), docx or pdf; audited.");
        return api;
    }

    private static async Task<Results<ContentHttpResult, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> FileAsync(
        Task<Results<Ok<GenerateRegister.Generated>, ValidationProblem, ProblemHttpResult>> generating) =>
        (await generating).Result switch
        {
            Ok<GenerateRegister.Generated> { Value: { Format: "html" } html } => TypedResults.Content(System.Text.Encoding.UTF8.GetString(html.Content), "text/html",
                System.Text.Encoding.UTF8),
            Ok<GenerateRegister.Generated> { Value: { } file } => TypedResults.File(file.Content, file.ContentType, file.FileName),
            ValidationProblem v => v,
            ProblemHttpResult p => p,
            _ => throw new InvalidOperationException("Unexpected result."),
        };
}
