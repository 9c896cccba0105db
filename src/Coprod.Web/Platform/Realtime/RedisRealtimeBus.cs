using System.Text.Json;
using StackExchange.Redis;

namespace Coprod.Web.Platform.Realtime;

/// <summary>
/// The bus of several instances: each signal is published on one Redis channel, which every
/// instance follows and hands to its own listeners (the publisher's included). The connection is
/// opened on first use and kept; Redis being away loses signals, never data (pages reload on the next one).
/// </summary>
internal sealed class RedisRealtimeBus : IRealtimeBus, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("coprod:realtime");
    private readonly RealtimeSubscriptions _subscriptions;
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;
    private readonly ILogger<RedisRealtimeBus> _log;

    public RedisRealtimeBus(string configuration, ILogger<RedisRealtimeBus> log)
    {
        _log = log;
        _subscriptions = new RealtimeSubscriptions(log);
        _connection = new Lazy<Task<ConnectionMultiplexer>>(async () =>
        {
            var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
            await connection.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(message));
            return connection;
        });
    }

    public async Task PublishAsync(RealtimeSignal signal, CancellationToken cancellationToken = default)
    {
        var connection = await _connection.Value;
        await connection.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(signal));
    }

    public IDisposable Subscribe(IReadOnlyCollection<string> groups, Func<RealtimeSignal, Task> handler)
    {
        _ = EnsureConnectedAsync();
        return _subscriptions.Add(groups, handler);
    }

    private async Task EnsureConnectedAsync()
    {
        try
        {
            await _connection.Value;
        }
        catch (Exception e)
        {
            _log.LogWarning(e, "The real-time bus could not reach Redis.");
        }
    }

    private void Receive(RedisValue message)
    {
        if (message.HasValue && JsonSerializer.Deserialize<RealtimeSignal>(message.ToString()) is { } signal)
        {
            _subscriptions.Deliver(signal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}
