namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Checks the points and puts them in one fixed order (longitude, then latitude, then weight), so that
/// every floating-point sum over them is done in the same order whatever order they came in: the same
/// events give bit-for-bit the same map (VEI-3).
/// </summary>
internal static class CanonicalPoints
{
    /// <summary>A sorted copy; a point that is not a WGS84 position or has a negative or infinite weight is refused.</summary>
    public static WatchPoint[] Of(IReadOnlyList<WatchPoint> points)
    {
        var sorted = new WatchPoint[points.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            var p = points[i];
            if (!(Math.Abs(p.Longitude) <= 180 && Math.Abs(p.Latitude) <= 90 && p.Weight >= 0 && double.IsFinite(p.Weight)))
            {
                throw new WatchGridException(GridRefusal.InvalidPoint, i + 1);
            }
            // Adding +0 turns −0 into +0, so the two zeros, which compare equal, cannot end up in either order.
            sorted[i] = new WatchPoint(p.Longitude + 0.0, p.Latitude + 0.0, p.Weight + 0.0);
        }
        Array.Sort(sorted, Compare);
        return sorted;
    }

    private static int Compare(WatchPoint a, WatchPoint b)
    {
        var c = a.Longitude.CompareTo(b.Longitude);
        if (c != 0)
        {
            return c;
        }
        c = a.Latitude.CompareTo(b.Latitude);
        return c != 0 ? c : a.Weight.CompareTo(b.Weight);
    }
}
