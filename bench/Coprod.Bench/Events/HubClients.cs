using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coprod.Bench.Events;

/// <summary>
/// Recipient members connected to <c>/hubs/events</c> as the real clients are (WebSockets, the
/// API's bearer token), several connections per member, spread over one or more web instances.
/// Each connection hands the reference of every <c>eventRouted</c> it gets to the current <see cref="Receipts"/>.
/// </summary>
internal sealed class HubClients : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private Receipts? _receipts;

    /// <summary>The recipient institution (index) of each connection.</summary>
    public List<int> Institutions { get; } = [];

    /// <summary>Where received messages are counted from now on.</summary>
    public Receipts? Receipts
    {
        get => Volatile.Read(ref _receipts);
        set => Volatile.Write(ref _receipts, value);
    }

    public int Count => _connections.Count;

    /// <summary>
    /// Opens <paramref name="count"/> connections, connection j as member j mod members, on instance
    /// j mod instances; <paramref name="parallel"/> handshakes at a time.
    /// </summary>
    public static async Task<HubClients> ConnectAsync(int count, IReadOnlyList<(string Token, int Institution)> members, IReadOnlyList<Uri> instances,
        int parallel = 50)
    {
        var clients = new HubClients();
        for (var j = 0; j < count; j++)
        {
            var (token, institution) = members[j % members.Count];
            clients._connections.Add(clients.Build(j, new Uri(instances[j % instances.Count], "/hubs/events"), token));
            clients.Institutions.Add(institution);
        }
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(clients._connections.Select(async connection =>
        {
            await gate.WaitAsync();
            try
            {
                await connection.StartAsync();
            }
            finally
            {
                gate.Release();
            }
        }));
        return clients;
    }

    /// <summary>How many connections are still connected.</summary>
    public int Connected => _connections.Count(c => c.State == HubConnectionState.Connected);

    private HubConnection Build(int index, Uri hub, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        connection.On<RoutedProbe>("eventRouted", message => Receipts?.Receive(index, message.Event?.ExternalReference));
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));
        _connections.Clear();
    }

    /// <summary>The part of a routed message the bench reads: the event's external reference.</summary>
    private sealed record RoutedProbe(EventProbe? Event);

    private sealed record EventProbe(string? ExternalReference);
}
