using System.Globalization;
using Coprod.Web.Modules.Privacy;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>The module's texts in a given language (French, as the API serves them by default).</summary>
internal static class PrivacyTexts
{
    public static IStringLocalizer<PrivacyText> In(string culture = "fr-FR")
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new StringLocalizer<PrivacyText>(factory);
    }
}
