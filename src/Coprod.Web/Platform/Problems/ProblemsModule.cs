using System.Diagnostics;

namespace Coprod.Web.Platform.Problems;

/// <summary>Every API error is an RFC 9457 problem details document.</summary>
public static class ProblemsModule
{
    public static IServiceCollection AddCoprodProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<CoprodExceptionHandler>();
        // The framework's own log line carries the exception message, which may quote data;
        // CoprodExceptionHandler logs what is safe instead.
        services.Configure<Microsoft.AspNetCore.Builder.ExceptionHandlerOptions>(o => o.SuppressDiagnosticsCallback = _ => true);
        services.AddScoped<ProblemWriter>();
        return services;
    }
}
