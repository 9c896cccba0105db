using Coprod.Web.Platform.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Coprod.Web.Modules.Events.Hubs;

/// <summary>
/// The live connections of this web instance, by person, with the groups each was put in. When a
/// person's memberships change (<see cref="AccountSignals"/>, from any instance) or at each periodic
/// check (<see cref="HubRegroupJob"/>, for memberships that end by date and locked accounts), their
/// connections are regrouped from <see cref="FeedGroups"/>: removed from the groups they no longer
/// hold, added to the new ones.
/// </summary>
public sealed class HubConnections(IServiceScopeFactory scopes, IHubContext<EventsHub> hub, IRealtimeBus bus, ILogger<HubConnections> log)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Person> _people = [];

    private sealed class Person
    {
        public Dictionary<string, HashSet<string>> Connections { get; } = new(StringComparer.Ordinal);

        public IDisposable? Subscription { get; set; }
    }

    /// <summary>The people with a connection open on this instance.</summary>
    public IReadOnlyList<Guid> People
    {
        get
        {
            lock (_lock)
            {
                return [.. _people.Keys];
            }
        }
    }

    public void Opened(Guid userId, string connectionId, IEnumerable<string> groups)
    {
        lock (_lock)
        {
            if (!_people.TryGetValue(userId, out var person))
            {
                person = _people[userId] = new Person();
                person.Subscription = bus.Subscribe([AccountSignals.Group(userId)], _ => RegroupAsync(userId, CancellationToken.None));
            }
            person.Connections[connectionId] = new HashSet<string>(groups, StringComparer.Ordinal);
        }
    }

    public void Closed(Guid userId, string connectionId)
    {
        lock (_lock)
        {
            if (_people.TryGetValue(userId, out var person) && person.Connections.Remove(connectionId) && person.Connections.Count == 0)
            {
                person.Subscription?.Dispose();
                _people.Remove(userId);
            }
        }
    }

    /// <summary>Puts every connection of the person in the groups of their memberships current now, and only those.</summary>
    public async Task RegroupAsync(Guid userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var current = (await scope.ServiceProvider.GetRequiredService<FeedGroups>().ForUserAsync(userId, null, ct)).ToHashSet(StringComparer.Ordinal);
        var changes = new List<(string Connection, string[] Leave, string[] Join)>();
        lock (_lock)
        {
            if (!_people.TryGetValue(userId, out var person))
            {
                return;
            }
            foreach (var (connection, groups) in person.Connections)
            {
                var leave = groups.Except(current).ToArray();
                var join = current.Except(groups).ToArray();
                if (leave.Length + join.Length > 0)
                {
                    changes.Add((connection, leave, join));
                    person.Connections[connection] = [.. current];
                }
            }
        }
        foreach (var (connection, leave, join) in changes)
        {
            foreach (var group in leave)
            {
                await hub.Groups.RemoveFromGroupAsync(connection, group, ct);
            }
            foreach (var group in join)
            {
                await hub.Groups.AddToGroupAsync(connection, group, ct);
            }
            await hub.Clients.Client(connection).SendAsync(EventsHub.AccessChanged, ct);
        }
        if (changes.Count > 0)
        {
            log.LogInformation("Live connections of a person regrouped: {Connections} connection(s).", changes.Count);
        }
    }
}

/// <summary>
/// <c>Events:Hub:RegroupInterval</c> (default 5 minutes): how often every open connection is checked
/// against its person's current memberships, for the changes no request signals (a membership ending
/// on its date, an account locked out).
/// </summary>
public sealed class HubOptions
{
    public const string Section = "Events:Hub";

    public TimeSpan RegroupInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Regroups the open connections of this instance every <see cref="HubOptions.RegroupInterval"/>.</summary>
internal sealed class HubRegroupJob(HubConnections connections, Microsoft.Extensions.Options.IOptions<HubOptions> options, TimeProvider clock,
    ILogger<HubRegroupJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RegroupInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var userId in connections.People)
            {
                try
                {
                    await connections.RegroupAsync(userId, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Regrouping live connections failed; the next pass tries again.");
                }
            }
        }
    }
}
