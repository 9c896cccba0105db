using Coprod.Web.Modules.Territory;
using Microsoft.Extensions.Localization;

namespace Coprod.UnitTests.Modules.Territory;

/// <summary>The module's texts as the API serves them by default: French, French number formats.</summary>
internal static class French
{
    public static IStringLocalizer<TerritoryText> Texts() => Localized.In<TerritoryText>();
}
