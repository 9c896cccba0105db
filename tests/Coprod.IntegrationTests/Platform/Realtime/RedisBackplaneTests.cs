using System.Text.Json;
using Coprod.IntegrationTests.Modules.Events;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.RoutingTestData;

namespace Coprod.IntegrationTests.Platform.Realtime;

/// <summary>
/// EVT-3 across two web instances on one database, joined by a real Redis (<c>Realtime:Redis</c>):
/// an event reported on one instance reaches a hub client connected to the other, and a page
/// listening on the other. Needs <c>COPROD_TEST_REDIS</c> (./test.sh starts a private redis-server
/// when it finds one; CI installs it).
/// </summary>
public sealed class RedisBackplaneTests
{
    private static readonly string? Redis = Environment.GetEnvironmentVariable("COPROD_TEST_REDIS");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(3);
    private const string Probe = "probe";

    [Fact]
    public async Task EventReportedOnOneInstance_ReachesAHubClientAndAPageOfTheOther()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(Redis), "COPROD_TEST_REDIS is not set: no Redis to join two instances.");
        await using var first = new AppFactory { Redis = Redis };
        await first.InitializeAsync();
        await using var second = new AppFactory { Redis = Redis, SharingDatabaseOf = first };
        await second.InitializeAsync();

        var world = await EventsWorld.CreateAsync(first);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id]));
        var officer = await first.CreateUserAsync();
        await first.GrantAsync(officer, world.Partnership, PartnershipRole.Agent, world.PoliceMunicipale.Id);

        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(second.Server.BaseAddress, "/hubs/events"), o =>
        {
            o.HttpMessageHandlerFactory = _ => second.Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            o.Headers[TestAuthHandler.Header] = officer.Id.ToString();
        }).Build();
        var routed = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<JsonElement>("eventRouted", m => routed.TrySetResult(m));
        await connection.StartAsync(Ct);
        await HubGrouping.WaitAsync(second.Services, officer.Id);

        var signalled = new TaskCompletionSource<RealtimeSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        var probed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = second.Services.GetRequiredService<IRealtimeBus>();
        var groups = new[] { EventsHub.GroupFor(world.Partnership.Id, world.PoliceMunicipale.Id) };
        using var listening = bus.Subscribe(groups, s =>
        {
            _ = s.Kind == Probe ? probed.TrySetResult() : signalled.TrySetResult(s);
            return Task.CompletedTask;
        });
        // Each instance takes a moment to reach Redis the first time: probe until the first's signals reach the second.
        await ProbeAsync(first.Services.GetRequiredService<IRealtimeBus>(), groups, probed.Task);

        var reported = await world.ReportOkAsync(world.Mediator);

        var message = await routed.Task.WaitAsync(Wait, Ct);
        Assert.Equal(reported.Id(), message.GetProperty("event").GetProperty("id").GetGuid());
        var signal = await signalled.Task.WaitAsync(Wait, Ct);
        Assert.Contains(groups[0], signal.Groups);
    }

    private static async Task ProbeAsync(IRealtimeBus bus, string[] groups, Task probed)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!probed.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < until, "The instances did not reach each other through Redis within 10 seconds.");
            await bus.PublishAsync(new RealtimeSignal(groups, Probe), Ct);
            await Task.WhenAny(probed, Task.Delay(100, Ct));
        }
    }
}
