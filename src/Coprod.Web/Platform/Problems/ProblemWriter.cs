using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Problems;

/// <summary>Writes a localised problem details response outside an endpoint (middleware, exception handler).</summary>
public sealed class ProblemWriter(IProblemDetailsService service, IStringLocalizer<UiText> t)
{
    public async Task WriteAsync(HttpContext context, int status, string detailKey, params object[] arguments)
    {
        context.Response.StatusCode = status;
        await service.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = t[detailKey, arguments] },
        });
    }
}
