using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>POST …/events/routing-rules/simulate</c>: who would receive an event like this one — category,
/// severity, place (point, area or commune, placed as a report would be) and time (now by default) —
/// by which rule and why (a target; on call while a target is absent; nobody on call). Nothing is saved.
/// </summary>
public static class SimulateRouting
{
    public sealed record Request(string? Category, EventSeverity? Severity, DateTimeOffset? OccurredAt, double? Latitude = null, double? Longitude = null,
        string? Commune = null, Guid? AreaId = null);

    public sealed record Recipient(Guid InstitutionId, string Institution, DeliveryMode Mode, Guid RuleId, string Rule, DeliveryReason Reason,
        Guid? AbsentTargetId, string? AbsentTarget);

    public sealed record Answer(string Commune, Guid? AreaId, DateTimeOffset OccurredAt, IReadOnlyList<Recipient> Recipients);

    public sealed class Handler(EventReferenceData reference, RoutingEngine engine, TimeProvider clock,
        IStringLocalizer<EventsText> t)
    {
        public async Task<Results<Ok<Answer>, ValidationProblem>> HandleAsync(Guid partnershipId, Request r, CancellationToken ct)
        {
            var code = r.Category?.Trim().ToLowerInvariant() ?? "";
            var known = (await reference.CategoriesAsync(partnershipId, ct)).Any(c => c.Code == code && c.IsActive);
            var at = r.OccurredAt ?? clock.GetUtcNow();
            var v = new Validation()
                .Check(code.Length > 0, "category", t["Event_CategoryRequired"])
                .Check(code.Length == 0 || known, "category", t["Event_CategoryUnknown", r.Category ?? ""])
                .Check(r.Severity is not null, "severity", t["Event_SeverityRequired"])
                .Check(r.Severity is null || Enum.IsDefined(r.Severity.Value), "severity", t["Event_SeverityUnknown"]);
            var placement = await EventPlacement.LoadAsync(reference, partnershipId, ct);
            var place = placement.Place(r.Latitude, r.Longitude, r.Commune, r.AreaId, ParisTime.DateOf(at));
            if (!place.IsPlaced)
            {
                v.Add(place.ErrorField!, t[place.Error!]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var session = await engine.BeginAsync(partnershipId, ct);
            var routed = await session.RouteAsync(new RoutingEngine.Facts(code, r.Severity!.Value, place.Commune!, place.AreaId, r.Latitude, r.Longitude, at), null, ct);
            var names = await reference.InstitutionsAsync(partnershipId, ct);
            var rules = session.Rules;
            var recipients = routed
                .Select(x => new Recipient(x.InstitutionId, names.GetValueOrDefault(x.InstitutionId, ""), x.Mode, x.RuleId, rules[x.RuleId].Name, x.Reason,
                    x.AbsentTarget, x.AbsentTarget is { } absent ? names.GetValueOrDefault(absent) : null))
                .OrderBy(x => x.Mode).ThenBy(x => x.Institution, StringComparer.CurrentCulture)
                .ToList();
            return TypedResults.Ok(new Answer(place.Commune!, place.AreaId, at, recipients));
        }
    }
}
