using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Turns what reporters send into events, or says per field what is wrong — the one set of rules
/// for the reporting page, the API, the batch and the CSV import. Nothing is saved here.
/// </summary>
public sealed class EventIntake(EventReferenceData reference, AnonymousTextGuard guard, TimeProvider clock,
    IStringLocalizer<EventsText> t)
{
    /// <summary>The events ready to save (when <see cref="IsValid"/>), the field errors, and the privacy check to audit with the save.</summary>
    public sealed record Prepared(IReadOnlyList<SafetyEvent> Events, Validation Errors, AnonymousTextCheck Privacy)
    {
        public bool IsValid => Errors.IsValid && Privacy.IsAccepted;
    }

    /// <summary>Checks every input; <paramref name="field"/> gives item i's JSON path prefix: <c>""</c> for one event, <c>"events[i]."</c> in a batch.</summary>
    public async Task<Prepared> PrepareAsync(Guid partnershipId, IReadOnlyList<EventInput> inputs, EventReporter reporter, Func<int, string> field,
        CancellationToken ct)
    {
        var byCode = (await reference.CategoriesAsync(partnershipId, ct)).Where(c => c.IsActive).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var placement = await EventPlacement.LoadAsync(reference, partnershipId, ct);
        var now = clock.GetUtcNow();
        var v = new Validation();
        var privacy = guard.Begin(inputs.Count == 1 ? inputs[0].PrivacyOverride : null);
        var events = new List<SafetyEvent>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var r = inputs[i];
            var f = field(i);
            var category = r.Category?.Trim().ToLowerInvariant() is { Length: > 0 } code && byCode.TryGetValue(code, out var found) ? found : null;
            v.Check(!string.IsNullOrWhiteSpace(r.Category), f + "category", t["Event_CategoryRequired"]);
            v.Check(string.IsNullOrWhiteSpace(r.Category) || category is not null, f + "category", t["Event_CategoryUnknown", r.Category ?? ""]);
            v.Check(r.OccurredAt is not null, f + "occurredAt", t["Event_OccurredAtRequired"]);
            v.Check(r.OccurredAt is null || r.OccurredAt <= now + EventLimits.FutureTolerance, f + "occurredAt", t["Event_OccurredAtFuture"]);
            v.Check(r.OccurredAt is null || r.OccurredAt >= now.AddDays(-EventLimits.MaxAgeDays), f + "occurredAt", t["Event_OccurredAtTooOld", EventLimits.MaxAgeDays]);
            v.Check(r.Severity is not null, f + "severity", t["Event_SeverityRequired"]);
            v.Check(r.Severity is null || Enum.IsDefined(r.Severity.Value), f + "severity", t["Event_SeverityUnknown"]);
            v.Check((r.Description?.Length ?? 0) <= EventLimits.Description, f + "description", t["Event_DescriptionTooLong", EventLimits.Description]);
            v.Check((r.ExternalReference?.Length ?? 0) <= EventLimits.ExternalReference, f + "externalReference",
                t["Event_ExternalReferenceTooLong", EventLimits.ExternalReference]);
            var day = ParisTime.DateOf(r.OccurredAt ?? now);
            var place = placement.Place(r.Latitude, r.Longitude, r.Commune, r.AreaId, day);
            if (!place.IsPlaced)
            {
                v.Add(f + place.ErrorField, t[place.Error!]);
            }
            var description = r.Description?.Trim() ?? "";
            if (description.Length is > 0 and <= EventLimits.Description)
            {
                privacy.Check(f + "description", description);
            }
            if (category is null || r.OccurredAt is null || r.Severity is null || !place.IsPlaced)
            {
                continue;
            }
            events.Add(new SafetyEvent
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                CategoryId = category.Id,
                Severity = r.Severity.Value,
                OccurredAt = r.OccurredAt.Value.ToUniversalTime(),
                ReportedAt = now,
                Latitude = r.Latitude is { } lat ? Math.Round(lat, 6) : null,
                Longitude = r.Longitude is { } lon ? Math.Round(lon, 6) : null,
                CommuneInsee = place.Commune!,
                AreaId = place.AreaId,
                Description = description,
                ReportingInstitutionId = reporter.InstitutionId,
                AuthorUserId = reporter.UserId,
                ApiKeyId = reporter.ApiKeyId,
                Source = reporter.Source,
                ExternalReference = string.IsNullOrWhiteSpace(r.ExternalReference) ? null : r.ExternalReference.Trim(),
            });
        }
        return new Prepared(events, v, privacy);
    }
}
