using Coprod.Web.Platform.Realtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coprod.UnitTests.Platform.Realtime;

public sealed class LocalRealtimeBusTests
{
    [Fact]
    public async Task Publish_ReachesListenersOfTheGroupOnly_UntilDisposed()
    {
        var bus = new LocalRealtimeBus(NullLogger<LocalRealtimeBus>.Instance);
        var heard = new TaskCompletionSource<RealtimeSignal>();
        var other = 0;
        var subscription = bus.Subscribe(["a", "b"], s =>
        {
            heard.TrySetResult(s);
            return Task.CompletedTask;
        });
        using var unrelated = bus.Subscribe(["c"], _ =>
        {
            Interlocked.Increment(ref other);
            return Task.CompletedTask;
        });

        await bus.PublishAsync(new RealtimeSignal(["b", "z"], "kind"), TestContext.Current.CancellationToken);
        Assert.Equal("kind", (await heard.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Kind);
        Assert.Equal(0, other);

        subscription.Dispose();
        heard = new TaskCompletionSource<RealtimeSignal>();
        await bus.PublishAsync(new RealtimeSignal(["a"], "again"), TestContext.Current.CancellationToken);
        Assert.False(heard.Task.IsCompleted);
    }
}
