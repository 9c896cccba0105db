using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Coprod.Web.Platform;

/// <summary>
/// Refuses an API body larger than the endpoint allows (<see cref="IRequestSizeLimitMetadata"/>,
/// 1 MiB by default) before anything reads it, with a 413 problem.
/// </summary>
internal sealed class RequestSizeGuardMiddleware(RequestDelegate next)
{
    public const long DefaultApiLimit = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context, ProblemWriter problems)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultApiLimit;
            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = limit;
            }
            if (context.Request.ContentLength > limit)
            {
                await problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Problem_TooLarge", limit / 1024);
                return;
            }
        }
        await next(context);
    }
}
