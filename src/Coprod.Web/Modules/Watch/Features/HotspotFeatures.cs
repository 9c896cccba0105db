namespace Coprod.Web.Modules.Watch.Features;

/// <summary>The services of the hotspot and density maps (VEI-3).</summary>
internal static class HotspotFeatures
{
    public static IServiceCollection AddHotspots(this IServiceCollection services)
    {
        services.AddScoped<HotspotStudy>();
        services.AddScoped<ComputeHotspots.Handler>();
        services.AddScoped<ComputeDensity.Handler>();
        return services;
    }
}
