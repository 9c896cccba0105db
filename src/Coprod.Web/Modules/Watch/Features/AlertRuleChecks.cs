using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// Checks an <see cref="AlertRuleInput"/> against the partnership — an active category, one of its
/// communes, one of its current areas, figures in range — and writes it onto a rule. Fields of the
/// other kind or scope are ignored and cleared. The name is an anonymous text (PRIV-1).
/// </summary>
public sealed class AlertRuleChecks(CoprodDbContext db, EventCategories categories, AnonymousTextGuard guard, TimeProvider clock,
    IStringLocalizer<WatchText> t, IStringLocalizer<UiText> ui)
{
    /// <summary>The field errors (400) and the privacy check of the name (422 when refused).</summary>
    public sealed record Outcome(Validation Errors, AnonymousTextCheck Privacy);

    public async Task<Outcome> CheckAsync(Guid partnershipId, AlertRuleInput r, CancellationToken ct)
    {
        var v = new Validation();
        var name = r.Name?.Trim() ?? "";
        v.Check(name.Length > 0, "name", ui["Validation_Required"]).Check(name.Length <= AlertLimits.RuleName, "name", ui["Validation_TooLong", AlertLimits.RuleName]);
        v.Check(r.Kind is { } kind && Enum.IsDefined(kind), "kind", t["Rule_KindInvalid"]);
        if (Code(r.Category) is { } code)
        {
            var known = (await categories.LoadAsync(partnershipId, ct)).Any(c => c.IsActive && c.Code == code);
            v.Check(known, "category", t["Rule_CategoryUnknown", code]);
        }
        await CheckPlaceAsync(partnershipId, r, v, ct);
        if (r.Kind == AlertRuleKind.Fixed)
        {
            Range(v, "threshold", r.Threshold, 1, AlertLimits.MaxThreshold, required: true);
            Range(v, "windowDays", r.WindowDays, 1, AlertLimits.MaxWindowDays, required: true);
        }
        else if (r.Kind == AlertRuleKind.Spike)
        {
            v.Check(r.Sigmas is null || (r.Sigmas >= AlertLimits.MinSigmas && r.Sigmas <= AlertLimits.MaxSigmas), "sigmas",
                ui["Validation_Range", AlertLimits.MinSigmas, AlertLimits.MaxSigmas]);
            Range(v, "minimumCount", r.MinimumCount, 1, AlertLimits.MaxMinimumCount, required: false);
            Range(v, "years", r.Years, 1, AlertLimits.MaxYears, required: false);
        }
        return new Outcome(v, guard.Begin(r.PrivacyOverride).Check("name", name.Length <= AlertLimits.RuleName ? name : null));
    }

    private async Task CheckPlaceAsync(Guid partnershipId, AlertRuleInput r, Validation v, CancellationToken ct)
    {
        if (r.Scope is not { } scope || !Enum.IsDefined(scope))
        {
            v.Add("scope", t["Rule_ScopeInvalid"]);
            return;
        }
        if (scope == AlertScope.Commune)
        {
            var commune = r.Commune?.Trim() ?? "";
            var known = await db.Set<PartnershipCommune>().AnyAsync(c => c.PartnershipId == partnershipId && c.InseeCode == commune, ct);
            v.Check(known, "commune", commune.Length == 0 ? ui["Validation_Required"] : t["Rule_CommuneUnknown", commune]);
        }
        else if (scope == AlertScope.Area)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var known = r.AreaId is { } id && await db.Set<Area>().AnyAsync(a => a.Id == id && a.PartnershipId == partnershipId && a.Kind != AreaKind.Commune
                && a.ValidFrom <= today && (a.ValidUntil == null || a.ValidUntil >= today), ct);
            v.Check(known, "areaId", r.AreaId is null ? ui["Validation_Required"] : t["Rule_AreaUnknown"]);
        }
    }

    private void Range(Validation v, string field, int? value, int min, int max, bool required)
    {
        if (value is null)
        {
            v.Check(!required, field, ui["Validation_Required"]);
            return;
        }
        v.Check(value >= min && value <= max, field, ui["Validation_Range", min, max]);
    }

    private static string? Code(string? category) => string.IsNullOrWhiteSpace(category) ? null : category.Trim().ToLowerInvariant();

    /// <summary>Writes a checked input onto the rule.</summary>
    public static void Apply(AlertRule rule, AlertRuleInput r)
    {
        var fixedRule = r.Kind == AlertRuleKind.Fixed;
        rule.Name = r.Name!.Trim();
        rule.Kind = r.Kind!.Value;
        rule.CategoryCode = Code(r.Category);
        rule.Scope = r.Scope!.Value;
        rule.CommuneInsee = rule.Scope == AlertScope.Commune ? r.Commune!.Trim() : null;
        rule.AreaId = rule.Scope == AlertScope.Area ? r.AreaId : null;
        rule.Threshold = fixedRule ? r.Threshold : null;
        rule.WindowDays = fixedRule ? r.WindowDays : null;
        rule.Sigmas = fixedRule ? null : r.Sigmas;
        rule.MinimumCount = fixedRule ? null : r.MinimumCount;
        rule.Years = fixedRule ? null : r.Years;
        rule.IsActive = r.IsActive ?? true;
    }
}
