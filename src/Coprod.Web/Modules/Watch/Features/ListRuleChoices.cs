using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>What the rules form offers: the active categories, the partnership's communes and its current areas (commune outlines left out).</summary>
public static class ListRuleChoices
{
    public sealed record Choice(string Value, string Label);

    public sealed record Choices(IReadOnlyList<Choice> Categories, IReadOnlyList<Choice> Communes, IReadOnlyList<Choice> Areas)
    {
        public static readonly Choices Empty = new([], [], []);
    }

    public sealed class Handler(CoprodDbContext db, EventCategories categories, IGeography geography, TimeProvider clock)
    {
        public async Task<Choices> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true);
            var codes = await db.Set<PartnershipCommune>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).Select(c => c.InseeCode).ToListAsync(ct);
            var communes = codes.Select(c => new Choice(c, geography.FindCommune(c)?.Name ?? c)).OrderBy(c => c.Label, french).ToList();
            var names = communes.ToDictionary(c => c.Value, c => c.Label);
            var areas = (await db.Set<Area>().AsNoTracking()
                    .Where(a => a.PartnershipId == partnershipId && a.Kind != AreaKind.Commune && a.ValidFrom <= today && (a.ValidUntil == null || a.ValidUntil >= today))
                    .Select(a => new { a.Id, a.Name, a.CommuneInsee }).ToListAsync(ct))
                .Select(a => new Choice(a.Id.ToString(), $"{a.Name} ({names.GetValueOrDefault(a.CommuneInsee, a.CommuneInsee)})")).OrderBy(a => a.Label, french).ToList();
            var active = (await categories.LoadAsync(partnershipId, ct)).Where(c => c.IsActive).Select(c => new Choice(c.Code, c.Label)).ToList();
            return new Choices(active, communes, areas);
        }
    }
}
