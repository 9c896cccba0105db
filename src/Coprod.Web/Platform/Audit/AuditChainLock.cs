using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coprod.Web.Platform.Audit;

/// <summary>
/// Serialises appends to the chain: two writers reading the same head would fork it.
/// On PostgreSQL a transaction-scoped advisory lock works across web instances; SQLite is a
/// single-instance database, so a process-wide semaphore is enough.
/// </summary>
public interface IAuditChainLock
{
    Task<AuditChainLease> AcquireAsync(CoprodDbContext db, CancellationToken cancellationToken);
}

/// <summary>An open transaction holding the chain lock until commit or dispose.</summary>
public sealed class AuditChainLease(IDbContextTransaction transaction, SemaphoreSlim? semaphore) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        semaphore?.Release();
    }
}

internal sealed class SqliteAuditChainLock : IAuditChainLock
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<AuditChainLease> AcquireAsync(CoprodDbContext db, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return new AuditChainLease(await db.Database.BeginTransactionAsync(cancellationToken), Gate);
        }
        catch
        {
            Gate.Release();
            throw;
        }
    }
}

internal sealed class PostgresAuditChainLock : IAuditChainLock
{
    private const long LockKey = 0x436f70726f64; // "Coprod"

    public async Task<AuditChainLease> AcquireAsync(CoprodDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        return new AuditChainLease(transaction, null);
    }
}
