using Coprod.Web.Modules.Privacy.Features;

namespace Coprod.Web.Modules.Privacy.Endpoints;

internal static class PrivacyEndpoints
{
    public static void MapScanEndpoints(this IEndpointRouteBuilder api)
    {
        // Any signed-in person: the scan reads no partnership data and returns only what it was sent.
        var group = api.MapGroup("/privacy")
            .RequireAuthorization()
            .WithTags("Privacy");

        group.MapPost("/scan", (ScanText.ScanRequest? request, ScanText.Handler handler) => handler.Handle(request))
            .WithName("Privacy_ScanText")
            .WithSummary("Personal data found in a text ({ text }, 65,536 characters at most): kind, offsets, French label and rephrasing advice.");
    }
}
