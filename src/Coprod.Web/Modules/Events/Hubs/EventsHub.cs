using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Coprod.Web.Modules.Events.Hubs;

/// <summary>
/// The live feed (EVT-3) at <c>/hubs/events</c>, for signed-in people (page cookie, or the API's
/// bearer token, as <c>access_token</c> in the query for WebSockets). Clients only listen: on
/// connection the server puts them in the groups of their current memberships (<see cref="FeedGroups"/>),
/// so a person only ever receives what is routed to their own institutions, the acknowledgements
/// of their own reports, and — for a coordinator — the escalations of their partnership.
/// Messages: <see cref="EventRouted"/>, <see cref="DeliveryAcknowledged"/>, <see cref="FollowUpAdded"/>,
/// <see cref="DeliveryEscalated"/>, <see cref="AccessChanged"/>.
/// </summary>
/// <remarks>
/// Keeps out: anonymous connections (refused by <c>[Authorize]</c>), and anyone for a partnership
/// they hold no current membership in — members of other partnerships, former members, the platform
/// admin. Groups are computed when the connection opens, and again whenever the person's memberships
/// change or at the periodic check (<see cref="HubConnections"/>): a membership that ends stops the
/// messages of an open connection at once.
/// </remarks>
[Authorize]
public sealed class EventsHub(FeedGroups groups, HubConnections connections) : Hub
{
    public const string Path = "/hubs/events";

    /// <summary>An event routed immediately to the client's institution: a <see cref="Features.RoutedMessage"/>.</summary>
    public const string EventRouted = "eventRouted";

    /// <summary>A recipient acknowledged an event: a <see cref="Features.DeliveryMessage"/>.</summary>
    public const string DeliveryAcknowledged = "deliveryAcknowledged";

    /// <summary>A recipient added a follow-up to an event: a <see cref="Features.DeliveryMessage"/>.</summary>
    public const string FollowUpAdded = "followUpAdded";

    /// <summary>Immediate deliveries nobody acknowledged in time (coordinators): a list of <see cref="Features.DeliveryMessage"/>.</summary>
    public const string DeliveryEscalated = "deliveryEscalated";

    /// <summary>
    /// The connection's groups changed with the person's memberships (no payload): from now on it receives
    /// for its new memberships only. A client that shows lists (inbox, escalations) reloads them.
    /// </summary>
    public const string AccessChanged = "accessChanged";

    /// <summary>The group of the members of one institution in one partnership.</summary>
    public static string GroupFor(Guid partnershipId, Guid institutionId) => Group(partnershipId, "institution", institutionId);

    /// <summary>The group of one person as the reporter of events in one partnership.</summary>
    public static string ReporterGroup(Guid partnershipId, Guid userId) => Group(partnershipId, "reporter", userId);

    /// <summary>The group of a partnership's coordinators.</summary>
    public static string CoordinatorsGroup(Guid partnershipId) => Group(partnershipId, "coordinators", null);

    // Every group name is built here, so the hub's joins and the senders' targets can never disagree.
    private static string Group(Guid partnershipId, string kind, Guid? id) => id is { } x ? $"events:{partnershipId:N}:{kind}:{x:N}" : $"events:{partnershipId:N}:{kind}";

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.GetUserId() is not { } userId)
        {
            Context.Abort();
            return;
        }
        var joined = await groups.ForUserAsync(userId, null, Context.ConnectionAborted);
        foreach (var group in joined)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }
        connections.Opened(userId, Context.ConnectionId, joined);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.User?.GetUserId() is { } userId)
        {
            connections.Closed(userId, Context.ConnectionId);
        }
        return base.OnDisconnectedAsync(exception);
    }
}
