namespace Coprod.Web.Platform.Realtime;

/// <summary>
/// Tells every web instance that a person's memberships or account changed (granted, changed, ended,
/// disabled), so that their open live connections are regrouped at once: a former member stops
/// receiving, a new member starts, without waiting for a reconnection. Like any real-time signal it
/// carries no data, and a failure is logged, never fails the change that was saved.
/// </summary>
public sealed class AccountSignals(IRealtimeBus bus, ILogger<AccountSignals> log)
{
    /// <summary>The kind of the signal.</summary>
    public const string Changed = "accountChanged";

    /// <summary>The signal group of one person.</summary>
    public static string Group(Guid userId) => $"account:{userId:N}";

    public async Task ChangedAsync(Guid userId, CancellationToken ct)
    {
        try
        {
            await bus.PublishAsync(new RealtimeSignal([Group(userId)], Changed), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The account change signal could not be sent; live connections regroup at their next periodic check.");
        }
    }
}
