using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>The checks on a charter and on a group's anonymous texts, shared by creation, update and publication.</summary>
public sealed class CharterRules(IStringLocalizer<GroupsText> t, IStringLocalizer<UiText> ui)
{
    /// <summary>A required text of at most <paramref name="max"/> characters.</summary>
    public Validation Text(Validation v, string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? v.Add(field, ui["Validation_Required"])
        : value.Trim().Length > max ? v.Add(field, ui["Validation_TooLong", max]) : v;

    /// <summary>Checks <paramref name="c"/>; field names start with <paramref name="prefix"/> (« charter. » inside a group's creation).</summary>
    public Validation Charter(Validation v, CharterInput? c, string prefix)
    {
        if (c is null)
        {
            return v.Add(prefix.TrimEnd('.'), ui["Validation_Required"]);
        }
        Text(v, prefix + "purpose", c.Purpose, ConfidentialLimits.Purpose);
        var categories = c.Categories ?? [];
        if (categories.Count == 0 || categories.Any(x => !Enum.IsDefined(x)))
        {
            v.Add(prefix + "categories", t["Charter_CategoriesInvalid"]);
        }
        else if (!categories.Contains(InformationCategory.Identity))
        {
            v.Add(prefix + "categories", t["Charter_IdentityRequired"]);
        }
        var rules = c.Rules ?? [];
        if (rules.Count is 0 or > ConfidentialLimits.Rules)
        {
            v.Add(prefix + "rules", t["Charter_RulesCount", ConfidentialLimits.Rules]);
        }
        for (var i = 0; i < rules.Count; i++)
        {
            Text(v, $"{prefix}rules[{i}]", rules[i], ConfidentialLimits.Rule);
        }
        v.Check(c.ArchiveYears is >= 1 and <= ConfidentialLimits.ArchiveYears, prefix + "archiveYears", ui["Validation_Range", 1, ConfidentialLimits.ArchiveYears]);
        return v;
    }

    /// <summary>The charter's anonymous texts through the privacy guard.</summary>
    public static AnonymousTextCheck Check(AnonymousTextCheck check, CharterInput c, string prefix)
    {
        check = check.Check(prefix + "purpose", c.Purpose);
        var rules = c.Rules ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            check = check.Check($"{prefix}rules[{i}]", rules[i]);
        }
        return check;
    }

    /// <summary>Version <paramref name="number"/> of the group's charter from a checked input.</summary>
    public static CharterVersion Build(Guid groupId, int number, CharterInput c, Guid actorId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        GroupId = groupId,
        Number = number,
        Purpose = c.Purpose!.Trim(),
        Categories = c.Categories!.Distinct().Order().ToList(),
        Rules = c.Rules!.Select(r => r.Trim()).ToList(),
        ArchiveYears = c.ArchiveYears!.Value,
        NotesAllowed = c.NotesAllowed ?? false,
        PublishedBy = actorId,
        PublishedAt = now,
    };
}
