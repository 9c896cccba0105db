namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Confidence class of a cell's Gi*, the bins ArcGIS calls Gi_Bin: hot (z &gt; 0) or cold (z &lt; 0) with
/// a two-sided p-value under 0.01 (99 %), 0.05 (95 %) or 0.10 (90 %), else not significant. The
/// numeric values are the bins: −3 to 3.
/// </summary>
public enum HotspotClass
{
    Cold99 = -3,
    Cold95 = -2,
    Cold90 = -1,
    NotSignificant = 0,
    Hot90 = 1,
    Hot95 = 2,
    Hot99 = 3,
}

/// <summary>From z-score and p-value to <see cref="HotspotClass"/>.</summary>
public static class HotspotClasses
{
    /// <summary>The class of a cell with z-score <paramref name="z"/> and two-sided p-value <paramref name="p"/>.</summary>
    public static HotspotClass Of(double z, double p)
    {
        var level = p < 0.01 ? 3 : p < 0.05 ? 2 : p < 0.10 ? 1 : 0;
        return (HotspotClass)(Math.Sign(z) * level);
    }
}
