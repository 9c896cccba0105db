using System.Globalization;

namespace Coprod.Web.Platform;

/// <summary>The order of names in lists: French alphabetical order, ignoring case (« Échirolles » after « Eybens », not after « Z »).</summary>
public static class FrenchOrder
{
    public static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);
}
