using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>One field that an amendment changes: its label, and the value before and after, as read by people.</summary>
public sealed record FieldChange(string Field, string Label, string? Before, string? After);

/// <summary>What an amendment does to one sheet: added, changed field by field, or abandoned.</summary>
public sealed record SheetDiff(Guid? SheetId, int? Number, string Title, SheetChangeKind Kind, IReadOnlyList<FieldChange> Fields);

/// <summary>Numbers are part of the API: never renumber.</summary>
public enum SheetChangeKind
{
    Added = 1,
    Changed = 2,
    Abandoned = 3,
}

/// <summary>
/// The readable diff of an amendment (CLS-5): sheet by sheet, field by field, between the version it
/// amends and the proposal. Values are written out (institution and commune names, amounts in euros,
/// dates, one milestone, funding line or indicator per line) so that a signatory reads what changes
/// without opening the sheets.
/// </summary>
public static class AmendmentDiff
{
    public static IReadOnlyList<SheetDiff> Compute(ContractSnapshot before, AmendmentProposal proposal, SheetDescriber describe)
    {
        var diffs = new List<SheetDiff>();
        foreach (var change in proposal.Changes)
        {
            var old = change.SheetId is { } id ? before.Sheets.FirstOrDefault(s => s.Id == id) : null;
            if (change.Abandon)
            {
                diffs.Add(new SheetDiff(change.SheetId, old?.Number, old?.Content.Title ?? "", SheetChangeKind.Abandoned,
                    [new FieldChange("status", describe.Label("status"), describe.Status(old?.Status ?? SheetStatus.Adopted), describe.Status(SheetStatus.Abandoned))]));
                continue;
            }
            var content = change.Content!;
            var fields = Fields(old?.Content, content, describe).Where(f => f.Before != f.After).ToList();
            diffs.Add(new SheetDiff(change.SheetId, old?.Number, content.Title ?? "", old is null ? SheetChangeKind.Added : SheetChangeKind.Changed, fields));
        }
        return diffs;
    }

    /// <summary>The period's end, when the amendment moves it.</summary>
    public static FieldChange? Period(ContractSnapshot before, AmendmentProposal proposal, SheetDescriber describe) =>
        proposal.EndsOn is { } end && end != before.EndsOn
            ? new FieldChange("endsOn", describe.Label("endsOn"), describe.Date(before.EndsOn), describe.Date(end))
            : null;

    private static IEnumerable<FieldChange> Fields(SheetInput? a, SheetInput b, SheetDescriber d)
    {
        FieldChange F(string field, string? before, string? after) => new(field, d.Label(field), before, after);
        yield return F("priorityId", a is null ? null : d.Priority(a.PriorityId), d.Priority(b.PriorityId));
        yield return F("title", a?.Title, b.Title);
        yield return F("objective", a?.Objective, b.Objective);
        yield return F("targetPublic", a?.TargetPublic, b.TargetPublic);
        yield return F("communes", a is null ? null : d.Communes(a.Communes), d.Communes(b.Communes));
        yield return F("areaIds", a is null ? null : d.Areas(a.AreaIds), d.Areas(b.AreaIds));
        yield return F("pilotInstitutionId", a is null ? null : d.Institution(a.PilotInstitutionId), d.Institution(b.PilotInstitutionId));
        yield return F("coPartnerIds", a is null ? null : d.Institutions(a.CoPartnerIds), d.Institutions(b.CoPartnerIds));
        yield return F("content", a?.Content, b.Content);
        yield return F("cost", a is null ? null : d.Amount(a.Cost), d.Amount(b.Cost));
        yield return F("milestones", a is null ? null : d.Milestones(a.Milestones), d.Milestones(b.Milestones));
        yield return F("funding", a is null ? null : d.Funding(a.Funding), d.Funding(b.Funding));
        yield return F("indicators", a is null ? null : d.Indicators(a.Indicators), d.Indicators(b.Indicators));
        yield return F("tags", a is null ? null : d.Tags(a.Tags), d.Tags(b.Tags));
    }
}
