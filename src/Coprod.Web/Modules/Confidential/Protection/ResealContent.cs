using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Protection;

/// <summary>
/// Moves every sealed column (cases' records, entries, archive access reasons, disclosures) to the key in
/// force (CONF-5), after a key rotation or a suspected leak, so that the old key can then be revoked. Works
/// in batches; each batch is saved with its audit record <see cref="AuditEventType.ConfidentialContentResealed"/>
/// (<c>{ count }</c>). Content already under the key in force is left as it is, so a second run changes nothing.
/// </summary>
public static class ResealContent
{
    public const int BatchSize = 200;

    /// <summary>How many sealed values were moved to the key in force, and how many batches were changed meanwhile by a member (run again).</summary>
    public sealed record Result(int Resealed, int BatchesSkipped);

    public sealed class Handler(CoprodDbContext db, ConfidentialCipher cipher, AuditTrail audit)
    {
        public async Task<Result> HandleAsync(Action<string> progress, CancellationToken ct = default)
        {
            var total = new Result(0, 0);
            total = Add(total, await TableAsync<ConfidentialCase>("conf_cases", c => c.Id, c => c.SealedRecord, (c, v) => c.SealedRecord = v, progress, ct));
            total = Add(total, await TableAsync<CaseEntry>("conf_case_entries", e => e.CaseId, e => e.SealedContent, (e, v) => e.SealedContent = v, progress, ct));
            total = Add(total, await TableAsync<CaseAccessReason>("conf_access_reasons", r => r.CaseId, r => r.SealedReason, (r, v) => r.SealedReason = v, progress, ct));
            total = Add(total, await TableAsync<Disclosure>("conf_disclosures", d => d.CaseId, d => d.SealedContent, (d, v) => d.SealedContent = v, progress, ct));
            return total;
        }

        private static Result Add(Result a, Result b) => new(a.Resealed + b.Resealed, a.BatchesSkipped + b.BatchesSkipped);

        private async Task<Result> TableAsync<T>(string table, Func<T, Guid> caseOf, Func<T, string> read, Action<T, string> write, Action<string> progress,
            CancellationToken ct) where T : class
        {
            var ids = await db.Set<T>().AsNoTracking().Select(e => EF.Property<Guid>(e, "Id")).ToListAsync(ct);
            var resealed = 0;
            var skipped = 0;
            var done = 0;
            foreach (var batch in ids.Chunk(BatchSize))
            {
                var rows = await db.Set<T>().Where(e => batch.Contains(EF.Property<Guid>(e, "Id"))).ToListAsync(ct);
                var count = 0;
                foreach (var row in rows)
                {
                    if (cipher.Reseal(caseOf(row), read(row)) is { } fresh)
                    {
                        write(row, fresh);
                        count++;
                    }
                }
                try
                {
                    if (count > 0)
                    {
                        await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ConfidentialContentResealed, Details: new { count }));
                    }
                    resealed += count;
                }
                catch (DbUpdateConcurrencyException)
                {
                    skipped++;
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
                done += batch.Length;
                progress($"{table} : {done}/{ids.Count} lus, {resealed} rechiffré(s)");
            }
            return new Result(resealed, skipped);
        }
    }

    /// <summary><c>confidential reseal</c>: runs the handler, prints its progress; exit code 0, or 4 when some batches must be run again.</summary>
    public static async Task<int> RunCommandAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Handler>().HandleAsync(Console.WriteLine);
        Console.WriteLine(result.BatchesSkipped == 0
            ? $"Contenu confidentiel : {result.Resealed} valeur(s) rechiffrée(s) avec la clé en vigueur."
            : $"Contenu confidentiel : {result.Resealed} valeur(s) rechiffrée(s) ; {result.BatchesSkipped} lot(s) modifié(s) entre-temps : relancez la commande.");
        return result.BatchesSkipped == 0 ? 0 : 4;
    }
}
