using System.Collections.Concurrent;

namespace Coprod.Web.Platform.Realtime;

/// <summary>The listeners of this instance, by the groups they follow; a failing listener never stops the others.</summary>
internal sealed class RealtimeSubscriptions(ILogger log)
{
    private readonly ConcurrentDictionary<Guid, (HashSet<string> Groups, Func<RealtimeSignal, Task> Handler)> _listeners = new();

    public IDisposable Add(IReadOnlyCollection<string> groups, Func<RealtimeSignal, Task> handler)
    {
        var id = Guid.NewGuid();
        _listeners[id] = (new HashSet<string>(groups, StringComparer.Ordinal), handler);
        return new Subscription(() => _listeners.TryRemove(id, out _));
    }

    public void Deliver(RealtimeSignal signal)
    {
        foreach (var (groups, handler) in _listeners.Values)
        {
            if (signal.Groups.Any(groups.Contains))
            {
                _ = InvokeAsync(handler, signal);
            }
        }
    }

    private async Task InvokeAsync(Func<RealtimeSignal, Task> handler, RealtimeSignal signal)
    {
        try
        {
            await handler(signal);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "A real-time listener failed on {Kind}.", signal.Kind);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
