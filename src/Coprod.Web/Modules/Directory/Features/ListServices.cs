using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// The partnership's services (DIR-1), or one institution's, each with its territories,
/// competences, weekly presence and on-call rota from today on.
/// </summary>
public static class ListServices
{
    public sealed record CompetenceDto(Guid Id, string Problem, string ProblemLabel, TerritoryDto Territory);

    public sealed record SlotDto(Guid Id, DayOfWeek Day, string Start, string End, TerritoryDto Territory)
    {
        internal static SlotDto Of(PresenceSlot slot, DirectoryPlaces places, string all) =>
            new(slot.Id, slot.Day, Time(slot.Start), Time(slot.End), places.Dto(slot.CommuneInsee, slot.AreaId, all));
    }

    public sealed record OnCallDto(Guid Id, string Label, string Phone, DateTimeOffset From, DateTimeOffset To, TerritoryDto Territory);

    public sealed record Item(
        Guid Id, Guid InstitutionId, string InstitutionName, InstitutionType InstitutionType,
        string Name, string? Description, string Phone, string? Email, string? Address,
        IReadOnlyList<TerritoryDto> Territories, IReadOnlyList<CompetenceDto> Competences,
        IReadOnlyList<SlotDto> Presence, IReadOnlyList<OnCallDto> OnCall, Guid Version);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public sealed class Handler(CoprodDbContext db, IGeography geography, TimeProvider clock, IStringLocalizer<DirectoryText> t)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Guid partnershipId, Guid? institutionId = null, CancellationToken ct = default)
        {
            var now = clock.GetUtcNow();
            var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.DateOf(now), ct);
            var services = await db.Set<DirectoryService>().AsNoTracking().Include(s => s.Territories)
                .Where(s => s.PartnershipId == partnershipId && (institutionId == null || s.InstitutionId == institutionId))
                .ToListAsync(ct);
            var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, ct);
            var ids = services.Select(s => s.Id).ToList();
            var competences = (await db.Set<Competence>().AsNoTracking().Where(c => ids.Contains(c.ServiceId)).ToListAsync(ct)).ToLookup(c => c.ServiceId);
            var slots = (await db.Set<PresenceSlot>().AsNoTracking().Where(s => ids.Contains(s.ServiceId)).ToListAsync(ct)).ToLookup(s => s.ServiceId);
            var rota = (await db.Set<OnCallShift>().AsNoTracking().Where(o => ids.Contains(o.ServiceId) && o.To > now).ToListAsync(ct)).ToLookup(o => o.ServiceId);
            var all = t["Territory_AllOfService"];
            var french = FrenchOrder.Names;
            return services
                .Select(s => new Item(s.Id, s.InstitutionId, institutions[s.InstitutionId].Name, institutions[s.InstitutionId].Type,
                    s.Name, s.Description, s.Phone, s.Email, s.Address,
                    s.Territories.Select(x => places.Dto(x.CommuneInsee, x.AreaId, all)).ToList(),
                    competences[s.Id].Select(c => new CompetenceDto(c.Id, c.ProblemCode, t[ProblemCatalogue.LabelKey(c.ProblemCode)], places.Dto(c.CommuneInsee, c.AreaId, all)))
                        .OrderBy(c => c.ProblemLabel, french).ToList(),
                    slots[s.Id].OrderBy(x => x.Interval.Start).Select(x => SlotDto.Of(x, places, all)).ToList(),
                    rota[s.Id].OrderBy(o => o.From).Select(o => new OnCallDto(o.Id, o.Label, o.Phone, o.From, o.To, places.Dto(o.CommuneInsee, o.AreaId, all))).ToList(),
                    s.Version))
                .OrderBy(i => i.InstitutionType).ThenBy(i => i.InstitutionName, french).ThenBy(i => i.Name, french)
                .ToList();
        }
    }
}
