using Coprod.Web.Platform.Data;

namespace Coprod.Web.Platform.Audit;

/// <summary>The tamper-evident audit trail shared by every module.</summary>
public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services, DatabaseProvider provider)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<VerifyAuditChain.Handler>();
        services.AddScoped<ReadPartnershipAudit.Handler>();
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<IAuditChainLock, PostgresAuditChainLock>();
        }
        else
        {
            services.AddSingleton<IAuditChainLock, SqliteAuditChainLock>();
        }
        return services;
    }

    /// <summary>
    /// <c>audit verify</c> on the command line: checks the chain and exits 0 when intact, 3 when broken.
    /// </summary>
    public static async Task<int> RunVerifyCommandAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain.Handler>().HandleAsync();
        Console.WriteLine(result.IsIntact
            ? $"Audit chain intact: {result.Count} records, head {result.HeadHash}"
            : $"Audit chain BROKEN at record {result.BrokenAt}: {result.Problem} ({result.Count} records verified before it)");
        return result.IsIntact ? 0 : 3;
    }
}
