using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Checks a <see cref="RoutingRuleInput"/> against the partnership — known active categories, its
/// communes, its current areas, its institutions, hours that make a window — and writes it onto a rule.
/// The name is an anonymous text (PRIV-1).
/// </summary>
public sealed class RoutingRuleChecks(CoprodDbContext db, EventCategories categories, IGeography geography, AnonymousTextGuard guard, TimeProvider clock,
    IStringLocalizer<EventsText> t, IStringLocalizer<UiText> ui)
{
    /// <summary>The field errors (400) and the privacy check of the name (422 when refused).</summary>
    public sealed record Outcome(Validation Errors, AnonymousTextCheck Privacy);

    public async Task<Outcome> CheckAsync(Guid partnershipId, RoutingRuleInput r, CancellationToken ct)
    {
        var v = new Validation();
        var name = r.Name?.Trim() ?? "";
        v.Check(name.Length > 0, "name", ui["Validation_Required"]).Check(name.Length <= EventLimits.RuleName, "name", ui["Validation_TooLong", EventLimits.RuleName]);
        var codes = (await categories.LoadAsync(partnershipId, ct)).Where(c => c.IsActive).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in r.Categories ?? [])
        {
            v.Check(codes.Contains(code?.Trim().ToLowerInvariant() ?? ""), "categories", t["Event_CategoryUnknown", code ?? ""]);
        }
        var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
        var communes = places.Communes.Select(c => c.Commune).ToHashSet(StringComparer.Ordinal);
        foreach (var commune in r.Communes ?? [])
        {
            v.Check(communes.Contains(commune?.Trim() ?? ""), "communes", t["Rule_CommuneUnknown", commune ?? ""]);
        }
        foreach (var area in r.Areas ?? [])
        {
            v.Check(places.HasArea(area), "areas", t["Rule_AreaUnknown"]);
        }
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).Select(i => i.Id).ToListAsync(ct);
        v.Check(r.Targets is { Count: > 0 }, "targets", t["Rule_TargetRequired"]);
        foreach (var target in r.Targets ?? [])
        {
            v.Check(institutions.Contains(target), "targets", t["Rule_TargetUnknown"]);
        }
        foreach (var (field, count) in new[] { ("categories", r.Categories?.Count), ("communes", r.Communes?.Count), ("areas", r.Areas?.Count), ("targets", r.Targets?.Count) })
        {
            v.Check((count ?? 0) <= EventLimits.RuleItems, field, t["Rule_TooManyItems", EventLimits.RuleItems]);
        }
        v.Check(r.MinimumSeverity is null || Enum.IsDefined(r.MinimumSeverity.Value), "minimumSeverity", t["Event_SeverityUnknown"])
            .Check(r.Window is null || Enum.IsDefined(r.Window.Value), "window", t["Rule_WindowUnknown"])
            .Check(r.Mode is null || Enum.IsDefined(r.Mode.Value), "mode", t["Rule_ModeUnknown"]);
        if (r.Window == RoutingWindow.Hours)
        {
            CheckHours(r, v);
        }
        return new Outcome(v, guard.Begin(null).Check("name", name.Length <= EventLimits.RuleName ? name : null));
    }

    private void CheckHours(RoutingRuleInput r, Validation v)
    {
        var from = Time(r.From);
        var to = Time(r.To);
        v.Check(from is not null, "from", t["Rule_Hours"]).Check(to is not null, "to", t["Rule_Hours"]);
        v.Check(from is null || to is null || from != to, "to", t["Rule_HoursEqual"]);
    }

    private static TimeOnly? Time(string? text) => WeekTimes.TryTime(text, out var time) ? time : null;

    /// <summary>Writes a checked input onto the rule.</summary>
    public static void Apply(RoutingRule rule, RoutingRuleInput r)
    {
        rule.Name = r.Name!.Trim();
        rule.Categories = (r.Categories ?? []).Select(c => c.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        rule.Communes = (r.Communes ?? []).Select(c => c.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        rule.Areas = (r.Areas ?? []).Distinct().ToList();
        rule.MinimumSeverity = r.MinimumSeverity ?? EventSeverity.Faible;
        rule.Window = r.Window ?? RoutingWindow.Always;
        rule.From = rule.Window == RoutingWindow.Hours ? Time(r.From) : null;
        rule.To = rule.Window == RoutingWindow.Hours ? Time(r.To) : null;
        rule.Targets = r.Targets!.Distinct().ToList();
        rule.Mode = r.Mode ?? DeliveryMode.Immediate;
        rule.IsActive = r.IsActive ?? true;
    }
}
