using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Retention;

/// <summary>
/// Destroys the cases whose time is up (CONF-6): an archived case the day after its archive ends, and
/// any case, whatever its status, on its <see cref="ConfidentialCase.DestroyBy"/> day (the followed
/// person's 25th birthday rule). A case goes with everything under it (entries, access reasons,
/// disclosures: the database cascades) in one transaction with its audit record, which keeps only the
/// fact, the case id, the group id and the rule.
/// </summary>
public static class DestroyDueCases
{
    /// <summary>The audit rule code of a case whose archive ended.</summary>
    public const string ArchiveEnded = "archive-ended";

    /// <summary>The audit rule code of a case destroyed at the followed person's age limit.</summary>
    public const string AgeLimit = "age-limit";

    /// <summary>One pass; safe with several instances: a case already destroyed by another pass is skipped, never audited twice.</summary>
    public sealed class Handler(CoprodDbContext db, AuditTrail audit)
    {
        /// <summary>Destroys what is due on the Paris day of <paramref name="now"/>; returns how many cases this pass destroyed.</summary>
        public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct = default)
        {
            var today = ParisTime.DateOf(now);
            var due = await db.Set<ConfidentialCase>().AsNoTracking()
                .Where(c => c.DestroyBy <= today || (c.Status == CaseStatus.Archived && c.ArchiveUntil < today))
                .Select(c => new { c.Id, c.GroupId, c.PartnershipId, c.Version, c.DestroyBy })
                .ToListAsync(ct);
            var destroyed = 0;
            foreach (var found in due)
            {
                var rule = found.DestroyBy <= today ? AgeLimit : ArchiveEnded;
                db.Remove(new ConfidentialCase { Id = found.Id, Version = found.Version });
                try
                {
                    await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ConfidentialCaseDestroyed, found.PartnershipId, null,
                        "ConfidentialCase", found.Id.ToString(), new { groupId = found.GroupId, rule }));
                    destroyed++;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another pass destroyed it (or a member changed it) since it was read: that pass audited it, or the next pass will.
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }
            return destroyed;
        }
    }
}
