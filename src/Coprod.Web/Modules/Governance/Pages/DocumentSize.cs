using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Pages;

/// <summary>A file size as people read it, in the current culture: « 850 octets », « 12 Ko », « 1,4 Mo ».</summary>
internal static class DocumentSize
{
    public static string Format(long bytes, IStringLocalizer<GovernanceText> t) => bytes switch
    {
        < 1024 => t["Size_Bytes", bytes.ToString("N0", CultureInfo.CurrentCulture)],
        < 1024 * 1024 => t["Size_KB", Math.Round(bytes / 1024.0).ToString("N0", CultureInfo.CurrentCulture)],
        _ => t["Size_MB", (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.CurrentCulture)],
    };
}
