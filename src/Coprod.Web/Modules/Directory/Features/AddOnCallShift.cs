using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// DIR-5: an on-call entry of a service ("cadre d'astreinte"), from <c>from</c> to <c>to</c>
/// (ISO-8601; without an offset, Paris time), with the service's on-call phone. The label is an
/// anonymous text: it names a function, never a person (<see cref="AnonymousTextGuard"/>).
/// </summary>
public static class AddOnCallShift
{
    public const int MaxDays = 366;

    public sealed record Request(string? Label, string? Phone, string? From, string? To, TerritoryInput? Territory = null, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(
        CoprodDbContext db, IGeography geography, TimeProvider clock, AuditTrail audit, AnonymousTextGuard guard, ServiceEditRights rights,
        IStringLocalizer<DirectoryText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<Added>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid serviceId, Request r, Guid actorId, CancellationToken ct = default)
        {
            var (service, problem) = await rights.FindEditableAsync(partnershipId, serviceId, actorId, ct);
            if (service is null)
            {
                return problem!;
            }
            var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
            var label = r.Label?.Trim() ?? "";
            var v = new Validation()
                .Check(label.Length > 0, "label", ui["Validation_Required"])
                .Check(label.Length <= DirectoryLimits.Label, "label", ui["Validation_TooLong", DirectoryLimits.Label])
                .Check(ContactRules.IsPhone(r.Phone?.Trim()), "phone", t["Contact_Phone"])
                .Check(WeekTimes.TryInstant(r.From, out var from), "from", t["OnCall_Instant"])
                .Check(WeekTimes.TryInstant(r.To, out var to), "to", t["OnCall_Instant"]);
            if (v.IsValid)
            {
                v.Check(to > from, "to", t["OnCall_EndBeforeStart"]).Check(to - from <= TimeSpan.FromDays(MaxDays), "to", t["OnCall_TooLong", MaxDays]);
            }
            var commune = ContactRules.Clean(r.Territory?.Commune);
            var areaId = r.Territory?.AreaId;
            places.CheckServiceTerritory(service, r.Territory, v, t);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = guard.Begin(r.PrivacyOverride).Check("label", r.Label);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var shift = new OnCallShift
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                ServiceId = service.Id,
                Label = label,
                Phone = r.Phone!.Trim(),
                From = from.ToUniversalTime(),
                To = to.ToUniversalTime(),
                CommuneInsee = commune,
                AreaId = areaId,
            };
            db.Add(shift);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.OnCallShiftAdded, partnershipId, actorId, "onCallShift", shift.Id.ToString(), new { serviceId, shift.From, shift.To, commune, areaId }),
                .. privacy.AuditEntries(partnershipId, actorId, "onCallShift", shift.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/directory/services/{serviceId}/on-call/{shift.Id}", new Added(shift.Id));
        }
    }
}
