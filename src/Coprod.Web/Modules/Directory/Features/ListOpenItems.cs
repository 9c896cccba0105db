using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Directory.HandOver;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>What a person still holds and must hand over before leaving (DIR-2).</summary>
public static class ListOpenItems
{
    public sealed class Handler(CoprodDbContext db, IEnumerable<IHandOverSource> sources, TimeProvider clock)
    {
        public async Task<Results<Ok<IReadOnlyList<OpenItem>>, NotFound>> HandleAsync(Guid partnershipId, Guid personId, DateOnly? on, CancellationToken ct)
        {
            var person = await db.Set<DirectoryPerson>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.PartnershipId == partnershipId, ct);
            if (person is null)
            {
                return TypedResults.NotFound();
            }
            var day = on ?? QueryValues.Today(clock);
            var items = new List<OpenItem>();
            foreach (var source in sources)
            {
                items.AddRange(await source.OpenItemsAsync(partnershipId, person, day, ct));
            }
            return TypedResults.Ok<IReadOnlyList<OpenItem>>(items);
        }
    }
}
