using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>The checks a directory person passes, typed in a form or read from an import row.</summary>
public static class PersonRules
{
    public const int NameLength = 100;
    public const int FunctionLength = 200;

    public sealed record Input(string? FirstName, string? LastName, string? Function, string? Email, string? Phone, IReadOnlyList<string>? Communes, DateOnly? StartsOn);

    /// <summary>Field errors under <paramref name="prefix"/> (e.g. "rows[3]." for an import); communes must be the partnership's.</summary>
    public static void Check(Validation v, string prefix, Input i, IReadOnlySet<string> partnershipCommunes, IStringLocalizer<PeopleText> t)
    {
        Name(v, prefix + "firstName", i.FirstName, t);
        Name(v, prefix + "lastName", i.LastName, t);
        var function = i.Function?.Trim() ?? "";
        v.Check(function.Length > 0, prefix + "function", t["Person_Required"])
            .Check(function.Length <= FunctionLength, prefix + "function", t["Person_TooLong", FunctionLength]);
        if (!string.IsNullOrWhiteSpace(i.Email))
        {
            v.Check(ContactRules.IsEmail(i.Email.Trim()), prefix + "email", t["Person_EmailInvalid"]);
        }
        if (!string.IsNullOrWhiteSpace(i.Phone))
        {
            v.Check(ContactRules.IsFullNumber(i.Phone.Trim()), prefix + "phone", t["Person_PhoneInvalid"]);
        }
        foreach (var code in i.Communes ?? [])
        {
            v.Check(partnershipCommunes.Contains(code), prefix + "communes", t["Person_CommuneOutside", code]);
        }
        v.Check(i.StartsOn is not null, prefix + "startsOn", t["Person_Required"]);
    }

    private static void Name(Validation v, string field, string? value, IStringLocalizer<PeopleText> t)
    {
        var name = value?.Trim() ?? "";
        v.Check(name.Length > 0, field, t["Person_Required"]).Check(name.Length <= NameLength, field, t["Person_TooLong", NameLength]);
    }
}
