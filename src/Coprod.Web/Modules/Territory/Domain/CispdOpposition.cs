namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// The opposition rule of CSI art. L132-13: a CISPD cannot be set up when the opposing communes
/// hold at least <see cref="OppositionRule.Share"/> (half, by default) of the population concerned.
/// </summary>
public static class CispdOpposition
{
    /// <summary>Total and opposing population of the communes (population, opposes).</summary>
    public static (long Total, long Opposing) Count(IEnumerable<(int Population, bool Opposes)> communes)
    {
        long total = 0, opposing = 0;
        foreach (var (population, opposes) in communes)
        {
            total += population;
            opposing += opposes ? population : 0;
        }
        return (total, opposing);
    }

    public static bool IsBlocked(long total, long opposing, decimal share) => total > 0 && opposing >= share * total;

    public static bool IsBlocked(IEnumerable<(int Population, bool Opposes)> communes, decimal share)
    {
        var (total, opposing) = Count(communes);
        return IsBlocked(total, opposing, share);
    }
}
