namespace Coprod.Web.Platform.Realtime;

/// <summary>The bus of a single instance: signals go straight to this instance's listeners.</summary>
internal sealed class LocalRealtimeBus(ILogger<LocalRealtimeBus> log) : IRealtimeBus
{
    private readonly RealtimeSubscriptions _subscriptions = new(log);

    public Task PublishAsync(RealtimeSignal signal, CancellationToken cancellationToken = default)
    {
        _subscriptions.Deliver(signal);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(IReadOnlyCollection<string> groups, Func<RealtimeSignal, Task> handler) => _subscriptions.Add(groups, handler);
}
