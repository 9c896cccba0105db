using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>The checks a partnership's definition must pass, shared by creation and update.</summary>
internal static class PartnershipRules
{
    public static Validation Check(Validation v, PartnershipKind? kind, string? name, IReadOnlyList<string>? communes, string? epciSiren, string? departementCode, IGeography geography, IStringLocalizer<UiText> t)
    {
        v.Check(kind is not null && Enum.IsDefined(kind.Value), "kind", t["Partnership_KindInvalid"]);
        v.Check(!string.IsNullOrWhiteSpace(name), "name", t["Validation_Required"]);
        v.Check(name is null || name.Trim().Length <= 200, "name", t["Validation_TooLong", 200]);
        if (communes is null || communes.Count == 0)
        {
            v.Add("communes", t["Partnership_CommunesRequired"]);
        }
        else
        {
            for (var i = 0; i < communes.Count; i++)
            {
                v.Check(geography.FindCommune(communes[i]?.Trim() ?? "") is not null, $"communes[{i}]", t["Partnership_CommuneUnknown", communes[i] ?? ""]);
            }
            v.Check(communes.Count <= 500, "communes", t["Partnership_TooManyCommunes", 500]);
        }
        if (kind == PartnershipKind.Clspd)
        {
            v.Check(communes is null || communes.Count == 1, "communes", t["Partnership_ClspdOneCommune"]);
        }
        if (!string.IsNullOrWhiteSpace(epciSiren))
        {
            v.Check(geography.FindEpci(epciSiren.Trim()) is not null, "epciSiren", t["Partnership_EpciUnknown", epciSiren]);
        }
        if (!string.IsNullOrWhiteSpace(departementCode))
        {
            v.Check(geography.FindDepartement(departementCode.Trim()) is not null, "departementCode", t["Partnership_DepartementUnknown", departementCode]);
        }
        return v;
    }
}
