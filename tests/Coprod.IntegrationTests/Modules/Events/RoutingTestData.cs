using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>Routing rules, deliveries and Paris times for the routing and feed tests.</summary>
internal static class RoutingTestData
{
    public static Dictionary<string, object?> Rule(Guid[] targets, string name = "Règle de test", string[]? categories = null, string[]? communes = null,
        Guid[]? areas = null, string severity = "Faible", string window = "Always", string? from = null, string? to = null, string mode = "Immediate") =>
        new()
        {
            ["name"] = name,
            ["categories"] = categories ?? [],
            ["communes"] = communes ?? [],
            ["areas"] = areas ?? [],
            ["minimumSeverity"] = severity,
            ["window"] = window,
            ["from"] = from,
            ["to"] = to,
            ["targets"] = targets,
            ["mode"] = mode,
            ["isActive"] = true,
        };

    public static string Rules(this EventsWorld world) => $"{world.Base}/routing-rules";

    public static async Task<JsonElement> RuleOkAsync(this EventsWorld world, object rule) =>
        await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Rules(), rule, Ct), HttpStatusCode.Created);

    /// <summary>The deliveries of one event, by institution id.</summary>
    public static Task<Dictionary<Guid, EventDelivery>> DeliveriesAsync(this EventsWorld world, Guid eventId) =>
        world.App.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking().Where(d => d.EventId == eventId).ToDictionaryAsync(d => d.InstitutionId, Ct));

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();

    /// <summary>Yesterday at a Paris wall-clock time (so that reports are in the past whatever the hour of the run).</summary>
    public static DateTimeOffset YesterdayAt(int hour, int minute = 0) =>
        ParisTime.FromLocal(ParisTime.Today(TimeProvider.System).AddDays(-1).ToDateTime(new TimeOnly(hour, minute)));

    /// <summary>A report in Grenoble (commune only) at the given time.</summary>
    public static Dictionary<string, object?> InGrenoble(string category, string severity, DateTimeOffset? at = null)
    {
        var report = EventsWorld.With(EventsWorld.With(EventsWorld.Report(category, severity), "latitude", null), "longitude", null);
        report["commune"] = EventsWorld.Grenoble;
        if (at is { } when)
        {
            report["occurredAt"] = when;
        }
        return report;
    }
}
