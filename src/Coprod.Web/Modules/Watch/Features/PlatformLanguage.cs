using System.Globalization;
using Coprod.Web.Platform.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// Texts that many people share — the alert mail, the urgent meeting's title and agenda, the default
/// checklist — are written in the platform's default language (French), whatever the author's interface.
/// </summary>
internal static class PlatformLanguage
{
    public static T Write<T>(Func<T> write)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = LocalizationModule.Supported[0];
        try
        {
            return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
