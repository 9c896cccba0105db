using System.Text.RegularExpressions;
using Coprod.Web.Modules.Contract.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>One finding of the precision check: a code, the field it concerns (JSON path) and the arguments of its message.</summary>
public sealed record QualityFinding(string Code, string Field, bool Blocking, string? Argument = null);

/// <summary>An item of the precision check as read: code, field and a message saying what is missing and how to fix it.</summary>
public sealed record QualityItem(string Code, string Field, string Message);

/// <summary>The precision check of a sheet (CLS-3): complete when nothing is missing; warnings never block.</summary>
public sealed record QualityReport(bool Complete, IReadOnlyList<QualityItem> Missing, IReadOnlyList<QualityItem> Warnings);

/// <summary>
/// The precision check (CLS-3), a pure function over a sheet's content. A sheet is complete with a
/// measurable objective (it states a figure: a number, a percentage or a date — a vague verb without
/// a figure is quoted back), a calendar, a cost (0 allowed), a funding plan when it costs something, a
/// pilot and a result indicator with its baseline and target. Warnings: a sheet carried by a single
/// institution (the « catalogue » symptom), no execution indicator, a vague verb beside a figure, no territory.
/// </summary>
public static partial class SheetQuality
{
    public static IReadOnlyList<QualityFinding> Find(SheetInput s)
    {
        var found = new List<QualityFinding>();
        var objective = s.Objective?.Trim() ?? "";
        var vague = VagueWord(objective);
        var figure = Figure().IsMatch(objective);
        if (objective.Length == 0)
        {
            found.Add(new("objective_missing", "objective", true));
        }
        else if (!figure)
        {
            found.Add(vague is null ? new("objective_not_measurable", "objective", true) : new("objective_vague", "objective", true, vague));
        }
        if ((s.Milestones ?? []).Count == 0)
        {
            found.Add(new("calendar_missing", "milestones", true));
        }
        if (s.Cost is null)
        {
            found.Add(new("cost_missing", "cost", true));
        }
        else if (s.Cost > 0 && (s.Funding ?? []).Count == 0)
        {
            found.Add(new("funding_missing", "funding", true));
        }
        if (s.PilotInstitutionId is null)
        {
            found.Add(new("pilot_missing", "pilotInstitutionId", true));
        }
        var indicators = s.Indicators ?? [];
        var results = indicators.Select((x, i) => (x, i)).Where(p => p.x.Kind == IndicatorKind.Result).ToList();
        if (results.Count == 0)
        {
            found.Add(new("result_indicator_missing", "indicators", true));
        }
        else if (!results.Any(p => p.x.Baseline is not null && p.x.Target is not null))
        {
            var first = results[0];
            found.Add(new("result_indicator_unmeasured", $"indicators[{first.i}]", true, first.x.Name?.Trim()));
        }
        if ((s.CoPartnerIds ?? []).All(id => id == s.PilotInstitutionId))
        {
            found.Add(new("single_institution", "coPartnerIds", false));
        }
        if (!indicators.Any(x => x.Kind == IndicatorKind.Execution))
        {
            found.Add(new("execution_indicator_missing", "indicators", false));
        }
        if (figure && vague is not null)
        {
            found.Add(new("vague_verb", "objective", false, vague));
        }
        if ((s.Communes ?? []).Count == 0 && (s.AreaIds ?? []).Count == 0)
        {
            found.Add(new("territory_missing", "communes", false));
        }
        return found;
    }

    public static bool IsComplete(SheetInput s) => Find(s).All(f => !f.Blocking);

    public static bool IsComplete(ActionSheet sheet) => IsComplete(SheetInput.Of(sheet));

    /// <summary>The check with its messages in the current language.</summary>
    public static QualityReport Report(SheetInput s, IStringLocalizer<ContractText> t)
    {
        var found = Find(s);
        QualityItem Item(QualityFinding f) => new(f.Code, f.Field, t["Quality_" + f.Code, f.Argument ?? ""]);
        return new(found.All(f => !f.Blocking), found.Where(f => f.Blocking).Select(Item).ToList(), found.Where(f => !f.Blocking).Select(Item).ToList());
    }

    /// <summary>The first vague verb (« renforcer », « lutter contre »…) in <paramref name="text"/>, as written, or null.</summary>
    public static string? VagueWord(string? text) => text is not null && Vague().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\d")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?<!\p{L})(renforc\p{L}*|favoris\p{L}*|amélior\p{L}*|développ\p{L}*|promouv\p{L}*|promotion|sensibilis\p{L}*|accompagn\p{L}*|lutt\p{L}*\s+contre|poursuiv\p{L}*|poursuite)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();
}
