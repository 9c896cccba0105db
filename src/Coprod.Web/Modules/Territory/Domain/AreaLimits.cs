namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>Sizes shared by the import validation and the database columns.</summary>
public static class AreaLimits
{
    public const int NameLength = 200;
    public const int CodeLength = 30;

    /// <summary>Largest accepted import body: 10 MiB of GeoJSON.</summary>
    public const long ImportBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Widest plausible extent of one sub-municipal area, in degrees. The largest French communes
    /// (in Guyane) span a little over one degree; wider means wrong coordinates.
    /// </summary>
    public const double MaxExtentDegrees = 2.0;

    /// <summary>Features reported with errors before the rest are summed up in one line.</summary>
    public const int MaxReportedFeatures = 100;
}
