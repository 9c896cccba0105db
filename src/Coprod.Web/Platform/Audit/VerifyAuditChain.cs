using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Audit;

/// <summary>Walks the whole chain and reports the first record that was edited, inserted or removed.</summary>
public static class VerifyAuditChain
{
    public sealed record Result(bool IsIntact, long Count, long? BrokenAt, string? Problem, string HeadHash);

    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<Result> HandleAsync(CancellationToken cancellationToken = default)
        {
            long expected = 1;
            var previous = AuditHash.Genesis;
            await foreach (var r in db.Set<AuditRecord>().AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (r.Sequence != expected)
                {
                    return new Result(false, expected - 1, expected, $"record {expected} is missing", previous);
                }
                if (r.PreviousHash != previous)
                {
                    return new Result(false, expected - 1, r.Sequence, "link to the previous record is broken", previous);
                }
                if (AuditHash.Compute(r) != r.Hash)
                {
                    return new Result(false, expected - 1, r.Sequence, "record content does not match its hash", previous);
                }
                previous = r.Hash;
                expected++;
            }
            return new Result(true, expected - 1, null, null, previous);
        }
    }
}
