using System.Globalization;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// Writes a sheet's values out for people (the amendment's diff): names instead of ids, euros, French
/// dates, one milestone, funding line or indicator per line, in the order written.
/// </summary>
public sealed class SheetDescriber
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly IReadOnlyDictionary<Guid, string> _institutions;
    private readonly IReadOnlyDictionary<string, string> _communes;
    private readonly IReadOnlyDictionary<Guid, string> _areas;
    private readonly IReadOnlyDictionary<Guid, string> _priorities;
    private readonly IStringLocalizer<AmendmentText> _t;

    private SheetDescriber(IReadOnlyDictionary<Guid, string> institutions, IReadOnlyDictionary<string, string> communes, IReadOnlyDictionary<Guid, string> areas,
        IReadOnlyDictionary<Guid, string> priorities, IStringLocalizer<AmendmentText> t) =>
        (_institutions, _communes, _areas, _priorities, _t) = (institutions, communes, areas, priorities, t);

    /// <summary>The names of the partnership's institutions, communes (from the geography) and areas, and of the priorities of the snapshot and the contract.</summary>
    public static SheetDescriber Of(ContractReferences refs, IGeography geography, IStringLocalizer<AmendmentText> t, IEnumerable<PrioritySnapshot> priorities) =>
        new(refs.Institutions, refs.Communes.ToDictionary(c => c, c => geography.FindCommune(c)?.Name ?? c),
            refs.Areas, priorities.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.Last().Title), t);

    public string Label(string field) => _t["Field_" + field];

    public string Status(SheetStatus status) => _t["SheetStatus_" + status];

    public string Date(DateOnly day) => day.ToString("dd/MM/yyyy", French);

    public string? Priority(Guid? id) => id is { } i ? _priorities.GetValueOrDefault(i, _t["Unknown"]) : null;

    public string? Institution(Guid? id) => id is { } i ? _institutions.GetValueOrDefault(i, _t["Unknown"]) : null;

    public string? Institutions(IReadOnlyList<Guid>? ids) => Join(ids?.Select(i => Institution(i)!));

    public string Communes(IReadOnlyList<string>? codes) =>
        codes is { Count: > 0 } ? string.Join(", ", codes.Select(c => _communes.GetValueOrDefault(c, c))) : _t["WholeTerritory"];

    public string? Areas(IReadOnlyList<Guid>? ids) => Join(ids?.Select(i => _areas.GetValueOrDefault(i, _t["Unknown"])));

    public string? Amount(decimal? euros) => euros is { } e ? e.ToString("#,##0.## €", French) : null;

    public string? Milestones(IReadOnlyList<MilestoneInput>? milestones) =>
        Lines(milestones?.Select(m => $"{m.Label} — {(m.DueOn is { } d ? Date(d) : "?")}"));

    public string? Funding(IReadOnlyList<FundingInput>? funding) =>
        Lines(funding?.Select(f => $"{(f.FunderInstitutionId is { } i ? Institution(i) : f.Funder)} : {Amount(f.Amount)}"));

    public string? Indicators(IReadOnlyList<IndicatorInput>? indicators) =>
        Lines(indicators?.Select(i => _t["IndicatorLine", i.Kind is { } k ? _t["IndicatorKind_" + k] : "?", i.Name ?? "", i.Unit ?? "",
            Number(i.Baseline), Number(i.Target), i.Frequency is { } f ? _t["Frequency_" + f] : "?"].Value));

    public string? Tags(IReadOnlyList<string>? tags) => Join(tags);

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.##", French) : "—";

    private static string? Join(IEnumerable<string>? items) => items?.ToList() is { Count: > 0 } list ? string.Join(", ", list) : null;

    private static string? Lines(IEnumerable<string>? items) => items?.ToList() is { Count: > 0 } list ? string.Join("\n", list) : null;
}
