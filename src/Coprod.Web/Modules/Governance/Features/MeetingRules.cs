using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>The checks of a meeting's fields, and its agenda built from the texts sent.</summary>
internal static class MeetingRules
{
    /// <summary>The text of the agenda item the yearly plenary always holds (filled by DIAG).</summary>
    public const string StateOfCrimeText = "État de la délinquance";

    public static Validation Check(Validation v, string? title, DateTimeOffset? startsAt, DateTimeOffset? endsAt, string? place, IReadOnlyList<string?>? agenda,
        IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        var n = title?.Trim() ?? "";
        v.Check(n.Length > 0, "title", ui["Validation_Required"]);
        v.Check(n.Length <= GovernanceLimits.Name, "title", ui["Validation_TooLong", GovernanceLimits.Name]);
        v.Check(startsAt is not null, "startsAt", ui["Validation_Required"]);
        v.Check(endsAt is not null, "endsAt", ui["Validation_Required"]);
        v.Check(startsAt is null || endsAt is null || endsAt > startsAt, "endsAt", t["Meeting_EndsBeforeStart"]);
        v.Check((place?.Trim().Length ?? 0) <= GovernanceLimits.Place, "place", ui["Validation_TooLong", GovernanceLimits.Place]);
        agenda ??= [];
        v.Check(agenda.Count <= GovernanceLimits.AgendaItems, "agenda", t["Validation_TooMany", GovernanceLimits.AgendaItems]);
        for (var i = 0; i < agenda.Count; i++)
        {
            var text = agenda[i]?.Trim() ?? "";
            v.Check(text.Length > 0, $"agenda[{i}]", ui["Validation_Required"]);
            v.Check(text.Length <= GovernanceLimits.AgendaItem, $"agenda[{i}]", ui["Validation_TooLong", GovernanceLimits.AgendaItem]);
        }
        return v;
    }

    /// <summary>Scans the agenda items and the title that are new or changed (the others were checked when written).</summary>
    public static AnonymousTextCheck CheckTexts(AnonymousTextCheck check, string? title, IReadOnlyList<string?>? agenda, Meeting? before)
    {
        check.CheckChanged("title", title, before?.Title);
        var known = before?.Agenda.Select(a => a.Text).ToHashSet() ?? [];
        var items = agenda ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            check.CheckChanged($"agenda[{i}]", items[i], known);
        }
        return check;
    }

    /// <summary>The agenda in order; a plenary's always holds « État de la délinquance » (first when it was missing).</summary>
    public static List<AgendaItem> Agenda(IReadOnlyList<string?>? texts, BodyKind kind)
    {
        var list = (texts ?? []).Select(x => x!.Trim()).ToList();
        if (kind == BodyKind.Plenary && !list.Contains(StateOfCrimeText))
        {
            list.Insert(0, StateOfCrimeText);
        }
        return list.Select((text, i) => new AgendaItem
        {
            Id = Guid.NewGuid(),
            Position = i + 1,
            Text = text,
            Key = kind == BodyKind.Plenary && text == StateOfCrimeText ? AgendaKeys.StateOfCrime : null,
        }).ToList();
    }

    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();
}
