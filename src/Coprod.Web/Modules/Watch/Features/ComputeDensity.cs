using Coprod.Web.Modules.Watch.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>GET …/density?from=&amp;to=&amp;cell=200&amp;category=&amp;bandwidth=</c> (VEI-3): kernel density (quartic kernel,
/// <see cref="KernelDensity"/>) of the located events of a period (the last 90 days by default) and
/// categories, at the centre of each <c>cell</c>-metre square (200 by default) over the partnership's
/// territory (<see cref="HotspotStudy"/>), with a search radius of <c>bandwidth</c> metres (three
/// cells by default). Returns the parameters, a summary and the cells whose density is above zero
/// as GeoJSON, in events per km². Deterministic, like the hotspots.
/// </summary>
public static class ComputeDensity
{
    /// <summary>Default bandwidth, in cell sides.</summary>
    public const double DefaultBandwidthCells = 3;

    public sealed record Map(Parameters Parameters, Summary Summary, CellCollection<CellProperties> Cells);

    /// <summary>What was computed: the period, the categories (none: all), the cell side, the bandwidth (metres) and what the grid covers.</summary>
    public sealed record Parameters(DateOnly From, DateOnly To, IReadOnlyList<string> Categories, double Cell, double Bandwidth, string Extent);

    /// <summary>Points used and left outside the territory, cells analysed, cells above zero and the highest density (events per km²).</summary>
    public sealed record Summary(int Points, int PointsOutside, int CellsAnalysed, int CellsAboveZero, double MaxDensity);

    /// <summary>A cell above zero: its density (events per km²) and the number of events in it.</summary>
    public sealed record CellProperties(double Density, int Count);

    public sealed class Handler(HotspotStudy study, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Ok<Map>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, HotspotStudy.Query query, Guid userId,
            CancellationToken ct)
        {
            var outcome = await study.PrepareAsync(partnershipId, query, "bandwidth", userId, ct);
            if (outcome.Study is not { } s)
            {
                return outcome.Invalid is { } invalid ? invalid : outcome.Refused!;
            }
            DensityResult result;
            try
            {
                result = KernelDensity.Run(s.Points, new DensityOptions(s.Cell, s.Reach ?? DefaultBandwidthCells * s.Cell, s.Boundary));
            }
            catch (WatchGridException refused)
            {
                return TypedResults.Problem(detail: t.Explain(refused), statusCode: StatusCodes.Status422UnprocessableEntity);
            }
            var cells = result.Cells.Where(c => c.Density > 0)
                .Select(c => CellFeatures.Feature(c.Column, c.Row, c.Outline, new CellProperties(c.Density, c.Count)))
                .ToList();
            return TypedResults.Ok(new Map(
                new Parameters(s.From, s.To, s.Categories, s.Cell, result.BandwidthMetres, s.Extent),
                new Summary(result.PointsUsed, result.PointsOutside, result.Cells.Count, cells.Count, cells.Count == 0 ? 0 : cells.Max(c => c.Properties.Density)),
                new CellCollection<CellProperties>(cells)));
        }
    }
}
