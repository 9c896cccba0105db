using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Territory.Data;

/// <summary>Marks a partnership's areas as changed; saved with the change itself.</summary>
internal static class AreaRevisions
{
    public static async Task TouchAsync(CoprodDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        var revision = await db.Set<AreaRevision>().FirstOrDefaultAsync(r => r.PartnershipId == partnershipId, cancellationToken);
        if (revision is null)
        {
            db.Add(new AreaRevision { PartnershipId = partnershipId });
        }
        else
        {
            // The context renews Version on save; the old value guards against a concurrent change.
            db.Entry(revision).State = EntityState.Modified;
        }
    }
}
