namespace Coprod.Web.Platform;

/// <summary>
/// One pass of a background job: its handler runs in a scope of its own, as a request would; what
/// it handled is logged, and a failure is logged without stopping the job, whose next pass tries again.
/// </summary>
public static class JobPass
{
    public static async Task RunAsync<THandler>(IServiceScopeFactory scopes, ILogger log, string job, Func<THandler, Task<int>> run) where THandler : notnull
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await run(scope.ServiceProvider.GetRequiredService<THandler>());
            if (count > 0)
            {
                log.LogInformation("{Job}: {Count} handled.", job, count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "{Job} pass failed; the next pass tries again.", job);
        }
    }
}
