using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Problems;

/// <summary>
/// Turns known failures into precise problems: unreadable bodies (400), oversized bodies (413),
/// concurrent edits (409). Anything else is a 500 whose body says nothing about the data;
/// the log line carries the exception type and trace id only, never request content.
/// </summary>
internal sealed class CoprodExceptionHandler(ILogger<CoprodExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var writer = context.RequestServices.GetRequiredService<ProblemWriter>();
        switch (exception)
        {
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                await writer.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Problem_TooLarge", RequestSizeLimitKiB(context));
                return true;
            case BadHttpRequestException bad:
                await writer.WriteAsync(context, bad.StatusCode, "Problem_BadBody");
                return true;
            case DbUpdateConcurrencyException:
                await writer.WriteAsync(context, StatusCodes.Status409Conflict, "Problem_Concurrency");
                return true;
            default:
                // The message may quote data (a value, a name); the type and the stack trace do not.
                logger.LogError("Unhandled {ExceptionType} on {Method} {Endpoint} (trace {TraceId}) at {StackTrace}",
                    exception.GetType().FullName, context.Request.Method, context.GetEndpoint()?.DisplayName, context.TraceIdentifier, exception.StackTrace);
                await writer.WriteAsync(context, StatusCodes.Status500InternalServerError, "Problem_Unexpected");
                return true;
        }
    }

    private static long RequestSizeLimitKiB(HttpContext context) =>
        (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? RequestSizeGuardMiddleware.DefaultApiLimit) / 1024;
}
