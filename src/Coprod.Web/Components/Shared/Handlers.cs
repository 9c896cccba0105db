namespace Coprod.Web.Components.Shared;

/// <summary>
/// Runs a use-case handler in a fresh service scope, as one API request would. An interactive
/// page lives in one long circuit: sharing its database context between components that load
/// at the same time would fail, and would keep stale data for the whole visit.
/// </summary>
public sealed class Handlers(IServiceScopeFactory scopes)
{
    public async Task<TResult> RunAsync<THandler, TResult>(Func<THandler, Task<TResult>> call) where THandler : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<THandler>());
    }
}
