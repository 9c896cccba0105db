namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Settings of the spike rule (<see cref="SpikeRule"/>): how many previous <see cref="Years"/> give
/// comparable weeks (3: up to 9 weeks), how many standard deviations above the expected count the
/// upper limit lies (<see cref="Sigmas"/>, 3), the <see cref="MinimumCount"/> below which no spike is
/// raised however unusual (5), and the fewest comparable weeks needed to test at all
/// (<see cref="MinimumBaselineWeeks"/>, 3: one previous year).
/// </summary>
public sealed record SpikeOptions(int Years = 3, double Sigmas = 3, int MinimumCount = 5, int MinimumBaselineWeeks = 3)
{
    /// <summary>The defaults.</summary>
    public static readonly SpikeOptions Default = new();
}
