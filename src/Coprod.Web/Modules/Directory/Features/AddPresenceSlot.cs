using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// DIR-4: a weekly presence slot of a service, in Paris time: <c>day</c> (Friday or 5), <c>start</c>
/// and <c>end</c> (<c>HH:mm</c>; an end before the start crosses midnight), on one of the service's
/// territories or on all of them. A slot overlapping another of the same service on the same
/// territory is refused, and nothing is saved.
/// </summary>
public static class AddPresenceSlot
{
    public sealed record Request(string? Day, string? Start, string? End, TerritoryInput? Territory = null);

    public sealed class Handler(CoprodDbContext db, IGeography geography, TimeProvider clock, AuditTrail audit, ServiceEditRights rights, IStringLocalizer<DirectoryText> t)
    {
        public async Task<Results<Created<Added>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid serviceId, Request r, Guid actorId, CancellationToken ct = default)
        {
            var (service, problem) = await rights.FindEditableAsync(partnershipId, serviceId, actorId, ct);
            if (service is null)
            {
                return problem!;
            }
            var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
            var v = new Validation()
                .Check(WeekTimes.TryDay(r.Day, out var day), "day", t["Slot_Day"])
                .Check(WeekTimes.TryTime(r.Start, out var start), "start", t["Slot_Time"])
                .Check(WeekTimes.TryTime(r.End, out var end), "end", t["Slot_Time"]);
            if (v.IsValid)
            {
                v.Check(start != end, "end", t["Slot_EndEqualsStart"]);
            }
            var commune = ContactRules.Clean(r.Territory?.Commune);
            var areaId = r.Territory?.AreaId;
            places.CheckServiceTerritory(service, r.Territory, v, t);
            var slot = new PresenceSlot { Id = Guid.NewGuid(), PartnershipId = partnershipId, ServiceId = service.Id, Day = day, Start = start, End = end, CommuneInsee = commune, AreaId = areaId };
            if (v.IsValid)
            {
                var others = await db.Set<PresenceSlot>().AsNoTracking().Where(s => s.ServiceId == serviceId).ToListAsync(ct);
                var clash = others.FirstOrDefault(o => SameTerritory(o, slot) && o.Interval.Overlaps(slot.Interval));
                if (clash is not null)
                {
                    v.Add("start", t["Slot_Overlap", t[$"Day_{clash.Day}"], ListServices.Time(clash.Start), ListServices.Time(clash.End)]);
                }
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            db.Add(slot);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.PresenceSlotAdded, partnershipId, actorId, "presenceSlot", slot.Id.ToString(),
                new { serviceId, day = day.ToString(), start = r.Start, end = r.End, commune, areaId }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/directory/services/{serviceId}/presence/{slot.Id}", new Added(slot.Id));
        }

        /// <summary>A slot on all the service's territories meets every other slot of the service.</summary>
        private static bool SameTerritory(PresenceSlot a, PresenceSlot b) =>
            (a.CommuneInsee is null && a.AreaId is null) || (b.CommuneInsee is null && b.AreaId is null)
            || (a.CommuneInsee == b.CommuneInsee && a.AreaId == b.AreaId);
    }
}
