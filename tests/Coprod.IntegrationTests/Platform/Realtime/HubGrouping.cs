using Coprod.Web.Modules.Events.Hubs;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform.Realtime;

/// <summary>
/// A hub client's <c>StartAsync</c> returns at the handshake, before the hub's <c>OnConnectedAsync</c> has put the
/// connection in its groups; a test that sends right away could miss. This waits until the instance lists every person.
/// </summary>
internal static class HubGrouping
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static async Task WaitAsync(IServiceProvider services, params Guid[] userIds)
    {
        var connections = services.GetRequiredService<HubConnections>();
        var until = DateTime.UtcNow + Patience;
        while (!userIds.All(connections.People.Contains))
        {
            Assert.True(DateTime.UtcNow < until, $"The connections were not grouped within {Patience.TotalSeconds} seconds.");
            await Task.Delay(20, Ct);
        }
    }
}
