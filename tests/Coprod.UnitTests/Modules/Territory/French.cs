using System.Globalization;
using Coprod.Web.Modules.Territory;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Coprod.UnitTests.Modules.Territory;

/// <summary>The module's texts as the API serves them by default: French, French number formats.</summary>
internal static class French
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    public static IStringLocalizer<TerritoryText> Texts()
    {
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new StringLocalizer<TerritoryText>(factory);
    }
}
