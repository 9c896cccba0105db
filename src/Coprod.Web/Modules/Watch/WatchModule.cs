using Coprod.Web.Modules.Watch.Endpoints;
using Coprod.Web.Modules.Watch.Features;

namespace Coprod.Web.Modules.Watch;

/// <summary>
/// VEI: the watch cell — hotspots of events over a period (VEI-3), alert rules on each area's own
/// baseline (VEI-1) and the watch procedure an alert opens (VEI-2). Its routes sit under
/// <c>/partnerships/{partnershipId}</c>.
/// </summary>
/// <remarks>Alerts: who reads and acts on what, and how rules are evaluated, in <c>docs/watch-alerts.md</c>.</remarks>
public static class WatchModule
{
    public static IServiceCollection AddWatch(this IServiceCollection services)
    {
        services.AddHotspots();
        services.AddWatchAlerts();
        return services;
    }

    /// <summary>The watch routes, for members of the partnership.</summary>
    public static IEndpointRouteBuilder MapWatchEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapHotspotEndpoints();
        api.MapAlertEndpoints();
        return api;
    }
}
