using Coprod.Web.Modules.Privacy;
using Microsoft.Extensions.Localization;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>The module's texts in a given language (French, as the API serves them by default).</summary>
internal static class PrivacyTexts
{
    public static IStringLocalizer<PrivacyText> In(string culture = "fr-FR") => Localized.In<PrivacyText>(culture);
}
