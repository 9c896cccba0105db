using System.Security.Cryptography;
using System.Text.Json;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Idempotency;

/// <summary>
/// Reads and remembers <c>Idempotency-Key</c>s. A handler asks <see cref="FindAsync{T}"/> first;
/// when nothing is remembered it does its work and calls <see cref="Remember"/> before its one
/// <c>SaveChanges</c>, so the record and the created rows commit together. Two concurrent requests
/// with the same key race on the unique index: the loser sees a unique violation and
/// answers with the winner's result (<see cref="DbErrors.IsUniqueViolation"/>).
/// </summary>
public sealed class IdempotencyKeys(CoprodDbContext db, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";

    public const int MaxLength = 100;

    /// <summary>What is remembered for a key.</summary>
    public abstract record Lookup<T>;

    /// <summary>Nothing yet: do the work.</summary>
    public sealed record Fresh<T> : Lookup<T>;

    /// <summary>The same request was already answered: return this again.</summary>
    public sealed record Replay<T>(int StatusCode, T Response) : Lookup<T>;

    /// <summary>The key was used for another request (another body or route): refuse.</summary>
    public sealed record Mismatch<T> : Lookup<T>;

    /// <summary>A key is 1 to 100 visible ASCII characters (a UUID is the usual choice).</summary>
    public static bool IsValid(string key) => key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and < (char)127);

    /// <summary>The hash that identifies a request body: SHA-256 of its JSON.</summary>
    public static string Hash<TRequest>(TRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, JsonOptions)));

    public async Task<Lookup<T>> FindAsync<T>(Guid partnershipId, string scope, string key, string operation, string requestHash, CancellationToken ct)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.PartnershipId == partnershipId && r.Scope == scope && r.Key == key, ct);
        if (record is null)
        {
            return new Fresh<T>();
        }
        if (record.Operation != operation || record.RequestHash != requestHash)
        {
            return new Mismatch<T>();
        }
        return new Replay<T>(record.StatusCode, JsonSerializer.Deserialize<T>(record.Response, JsonOptions)!);
    }

    /// <summary>Adds the record to the context; it is saved with the rest of the request's work.</summary>
    public void Remember<T>(Guid partnershipId, string scope, string key, string operation, string requestHash, int statusCode, T response) =>
        db.Add(new IdempotencyRecord
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            Scope = scope,
            Key = key,
            Operation = operation,
            RequestHash = requestHash,
            StatusCode = statusCode,
            Response = JsonSerializer.Serialize(response, JsonOptions),
            CreatedAt = clock.GetUtcNow(),
        });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
