using System.Net;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Events;
using Coprod.IntegrationTests.Modules.Territory;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>
/// A hand-checkable hotspot case: around (<see cref="TerritoryTestData.Lon"/>, <see cref="TerritoryTestData.Lat"/>),
/// one rodeo at each of two opposite corners about 945 m east/west and north/south of the centre,
/// and eight rodeos about 100 m north-east of it. On a 200 m grid over their bounding box
/// (the world has no commune outline) that is 10 × 10 cells, the eight in cell (5, 5).
/// </summary>
internal static class HotspotTestData
{
    public const int Cluster = 8;

    public static string Hotspots(this EventsWorld world, string query = "") => $"/api/v1/partnerships/{world.Partnership.Id}/hotspots{query}";

    public static string Density(this EventsWorld world, string query = "") => $"/api/v1/partnerships/{world.Partnership.Id}/density{query}";

    public static Dictionary<string, object?> At(double dLon, double dLat, string category = "rodeo")
    {
        var report = EventsWorld.With(EventsWorld.With(EventsWorld.Report(category), "longitude", TerritoryTestData.Lon + dLon), "latitude", TerritoryTestData.Lat + dLat);
        report["commune"] = EventsWorld.Echirolles;
        return report;
    }

    /// <summary>The corners and the cluster (rodeos), and three tags 500 m north-west that a category filter leaves out.</summary>
    public static async Task<EventsWorld> ClusterWorldAsync(AppFactory app)
    {
        var world = await EventsWorld.CreateAsync(app);
        var events = new List<Dictionary<string, object?>> { At(-0.012, -0.0085), At(0.012, 0.0085) };
        events.AddRange(Enumerable.Range(0, Cluster).Select(_ => At(0.0013, 0.0009)));
        events.AddRange(Enumerable.Range(0, 3).Select(_ => At(-0.0063, 0.0045, "tags")));
        await OkAsync<JsonElement>(await world.PostBatchAsync(world.Police, events), HttpStatusCode.Created);
        return world;
    }
}
