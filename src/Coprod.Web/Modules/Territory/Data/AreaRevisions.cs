using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Territory.Data;

/// <summary>Marks a partnership's areas as changed; saved with the change itself.</summary>
internal static class AreaRevisions
{
    public static async Task TouchAsync(CoprodDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        // The row is created idempotently first (same SQL on SQLite and PostgreSQL), so two first
        // imports racing on two instances meet on the version check below instead of a duplicate key.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO territory_area_revisions ("PartnershipId", "Version") VALUES ({partnershipId}, {Guid.NewGuid()}) ON CONFLICT DO NOTHING""",
            cancellationToken);
        var revision = await db.Set<AreaRevision>().SingleAsync(r => r.PartnershipId == partnershipId, cancellationToken);
        // The context renews Version on save; the value read here guards against a concurrent change.
        db.Entry(revision).State = EntityState.Modified;
    }
}
