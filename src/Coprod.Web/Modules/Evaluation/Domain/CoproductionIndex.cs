namespace Coprod.Web.Modules.Evaluation.Domain;

/// <summary>The four components of the co-production index (EVAL-4).</summary>
public enum CoproductionComponent
{
    /// <summary>(a) Share of the sheets it pilots or co-carries that are carried with at least one other institution.</summary>
    SharedSheets = 1,

    /// <summary>(b) Share of its commitments due that year (abandoned ones apart) kept on time.</summary>
    CommitmentsKept = 2,

    /// <summary>(c) Events it reported and indicator values it entered, against the partnership's median contributor (capped at 1; missing when nobody contributed).</summary>
    DataContributed = 3,

    /// <summary>(d) Meetings attended, present or represented, over its invitations whose attendance was recorded.</summary>
    MeetingsAttended = 4,
}

/// <summary>What one institution did in one year, counted from the data.</summary>
/// <param name="SheetsCarried">Sheets it pilots or co-carries.</param>
/// <param name="SheetsShared">Of those, sheets carried with at least one other institution.</param>
/// <param name="CommitmentsDue">Its commitments due that year, up to today, abandoned ones apart.</param>
/// <param name="CommitmentsKeptOnTime">Of those, done on or before their due date.</param>
/// <param name="Contributions">Events it reported plus indicator values it entered that year.</param>
/// <param name="MedianContributions">The median contributor's <see cref="Contributions"/> that year (over the institutions that contributed; 0: none did).</param>
/// <param name="MeetingsRecorded">Its invitations to meetings held that year whose attendance was recorded.</param>
/// <param name="MeetingsAttended">Of those, present or represented.</param>
public sealed record CoproductionCounts(
    int SheetsCarried, int SheetsShared, int CommitmentsDue, int CommitmentsKeptOnTime, int Contributions, double MedianContributions,
    int MeetingsRecorded, int MeetingsAttended);

/// <summary>
/// An institution's co-production index for a year: each component is a share from 0 to 1, or null when
/// there is nothing to measure (no sheet carried, no commitment due, no data circulated in the partnership,
/// no recorded invitation). The index is the mean of the available components × 100: a missing component
/// is left out, never counted as 0, and <see cref="Available"/> says which were used.
/// </summary>
public sealed record CoproductionScore(
    double? SharedSheets, double? CommitmentsKept, double? DataContributed, double? MeetingsAttended, double? Index, IReadOnlyList<CoproductionComponent> Available)
{
    /// <summary>The score of the given counts.</summary>
    public static CoproductionScore Of(CoproductionCounts c)
    {
        double? shared = Share(c.SheetsShared, c.SheetsCarried);
        double? kept = Share(c.CommitmentsKeptOnTime, c.CommitmentsDue);
        double? data = c.MedianContributions > 0 ? Math.Min(1, c.Contributions / c.MedianContributions) : null;
        double? attended = Share(c.MeetingsAttended, c.MeetingsRecorded);
        var components = new (CoproductionComponent Name, double? Value)[]
        {
            (CoproductionComponent.SharedSheets, shared), (CoproductionComponent.CommitmentsKept, kept),
            (CoproductionComponent.DataContributed, data), (CoproductionComponent.MeetingsAttended, attended),
        };
        var available = components.Where(x => x.Value is not null).ToList();
        double? index = available.Count == 0 ? null : Math.Round(available.Average(x => x.Value!.Value) * 100, 1);
        return new CoproductionScore(Round(shared), Round(kept), Round(data), Round(attended), index, available.Select(x => x.Name).ToList());
    }

    /// <summary>The median contributor's count: the median of the positive counts (mean of the two middle ones for an even number); 0 when none is positive.</summary>
    public static double MedianContributor(IEnumerable<int> counts)
    {
        var sorted = counts.Where(c => c > 0).Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
