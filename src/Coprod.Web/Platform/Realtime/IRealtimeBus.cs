namespace Coprod.Web.Platform.Realtime;

/// <summary>
/// A nudge that something changed for the members of some hub groups: <paramref name="Kind"/> is the
/// hub method that carried the data to hub clients. It holds no data itself: a server-side listener
/// (a Blazor page) reloads what it shows through its own handlers, which apply the reader's rights.
/// </summary>
public sealed record RealtimeSignal(IReadOnlyList<string> Groups, string Kind);

/// <summary>
/// Carries <see cref="RealtimeSignal"/>s to the server-side listeners of every web instance, as the
/// SignalR backplane carries hub messages to every instance's connections: in process by default,
/// through Redis pub/sub when <c>Realtime:Redis</c> is set (see <see cref="RealtimeModule"/>).
/// </summary>
public interface IRealtimeBus
{
    Task PublishAsync(RealtimeSignal signal, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="handler"/> for each signal to one of <paramref name="groups"/>, until disposed.</summary>
    IDisposable Subscribe(IReadOnlyCollection<string> groups, Func<RealtimeSignal, Task> handler);
}
