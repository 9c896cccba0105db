using System.Globalization;
using System.Text;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>The checks and computations shared by the case use cases: the record typed in a form, the reference, the destruction date.</summary>
internal static class CaseRules
{
    private static readonly HashSet<string> ShortWords = ["de", "du", "des", "la", "le", "les", "et", "d", "l", "à", "au", "aux", "en", "pour"];

    /// <summary>The record from the form, or null with the field errors in <paramref name="v"/>: one followed person born less than 25 years ago.</summary>
    public static CaseRecord? Record(Validation v, IReadOnlyList<PersonInput?>? persons, SchoolOrWork? situation, string? detail, DateOnly today,
        IStringLocalizer<CasesText> t)
    {
        var list = persons ?? [];
        v.Check(list.Count <= ConfidentialLimits.Persons, "persons", t["Case_TooManyPersons", ConfidentialLimits.Persons]);
        v.Check(list.Count(p => p?.Role == PersonRole.Followed) == 1, "persons", t["Case_OneFollowed"]);
        var result = new List<CasePerson>();
        for (var i = 0; i < list.Count; i++)
        {
            var p = list[i];
            var field = $"persons[{i}]";
            if (p?.Role is not { } role || !Enum.IsDefined(role))
            {
                v.Add(field + ".role", t["Case_PersonRole"]);
                continue;
            }
            var last = Clean(p.LastName);
            var first = Clean(p.FirstName);
            var address = Clean(p.Address);
            v.Check(last is not null, field + ".lastName", t["Case_NameRequired"]);
            v.Check(first is not null, field + ".firstName", t["Case_NameRequired"]);
            v.Check((last?.Length ?? 0) <= ConfidentialLimits.PersonName && (first?.Length ?? 0) <= ConfidentialLimits.PersonName, field + ".lastName",
                t["Case_TooLong", ConfidentialLimits.PersonName]);
            v.Check((address?.Length ?? 0) <= ConfidentialLimits.Text, field + ".address", t["Case_TooLong", ConfidentialLimits.Text]);
            if (role == PersonRole.Followed)
            {
                if (p.BirthDate is not { } born)
                {
                    v.Add(field + ".birthDate", t["Case_BirthDateRequired"]);
                }
                else if (born > today)
                {
                    v.Add(field + ".birthDate", t["Case_BirthDateFuture"]);
                }
                else if (born.AddYears(ConfidentialLimits.DestroyAge) <= today)
                {
                    v.Add(field + ".birthDate", t["Case_Over25"]);
                }
            }
            else if (p.BirthDate is { } other && other > today)
            {
                v.Add(field + ".birthDate", t["Case_BirthDateFuture"]);
            }
            result.Add(new CasePerson(role, last ?? "", first ?? "", p.BirthDate, address));
        }
        v.Check(situation is null || Enum.IsDefined(situation.Value), "situation", t["Case_BadSituation"]);
        var cleanDetail = Clean(detail);
        v.Check((cleanDetail?.Length ?? 0) <= ConfidentialLimits.Text, "situationDetail", t["Case_TooLong", ConfidentialLimits.Text]);
        return v.IsValid ? new CaseRecord(result.OrderBy(p => p.Role).ToList(), situation ?? SchoolOrWork.Unknown, cleanDetail) : null;
    }

    /// <summary>The followed person's display name (« Léa Martin »).</summary>
    public static string FollowedName(CaseRecord record) =>
        record.Persons.FirstOrDefault(p => p.Role == PersonRole.Followed) is { } p ? $"{p.FirstName} {p.LastName}" : "";

    /// <summary>The first day of the month of the followed person's 25th birthday (CONF-6).</summary>
    public static DateOnly DestroyBy(CaseRecord record)
    {
        var born = record.Persons.First(p => p.Role == PersonRole.Followed).BirthDate!.Value;
        return new DateOnly(born.Year + ConfidentialLimits.DestroyAge, born.Month, 1);
    }

    /// <summary>The initials of the group's name (« Groupe opérationnel mineurs » → « GOM »), without the short words.</summary>
    public static string Initials(string groupName)
    {
        var initials = new StringBuilder();
        foreach (var word in groupName.Split([' ', '-', '\'', '’', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ShortWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }
            var first = word.Normalize(NormalizationForm.FormD)[0];
            if (char.IsAsciiLetter(first))
            {
                initials.Append(char.ToUpperInvariant(first));
            }
        }
        return initials.Length == 0 ? "CAS" : initials.ToString()[..Math.Min(6, initials.Length)];
    }

    /// <summary>The reference after the highest of the year in the group: « GOM-2026-004 ».</summary>
    public static string NextReference(string prefix, IEnumerable<string> existing)
    {
        var highest = existing.Select(r => int.TryParse(r[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return prefix + (highest + 1).ToString("000", CultureInfo.InvariantCulture);
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
