using Coprod.Web.Modules.Watch.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>GET …/hotspots?from=&amp;to=&amp;cell=200&amp;category=&amp;band=</c> (VEI-3): Getis-Ord Gi* of the located
/// events of a period (the last 90 days by default) and categories, on a grid of <c>cell</c>-metre
/// squares (200 by default) over the partnership's territory (<see cref="HotspotStudy"/>), with a
/// neighbourhood of <c>band</c> metres (√2 cells by default: the 3 × 3 window). Returns the parameters,
/// the figures Gi* rests on and the significant cells (90 % and above) as GeoJSON. Deterministic: the
/// same events and parameters give the same bytes.
/// </summary>
public static class ComputeHotspots
{
    public sealed record Map(Parameters Parameters, Summary Summary, CellCollection<CellProperties> Cells);

    /// <summary>What was computed: the period, the categories (none: all), the cell side, the band (metres) and what the grid covers.</summary>
    public sealed record Parameters(DateOnly From, DateOnly To, IReadOnlyList<string> Categories, double Cell, double Band, string Extent);

    /// <summary>Points used and left outside the territory, cells analysed, mean and standard deviation of their counts, significant hot and cold cells.</summary>
    public sealed record Summary(int Points, int PointsOutside, int CellsAnalysed, double Mean, double StandardDeviation, int Hot, int Cold);

    /// <summary>A significant cell: its class (e.g. <c>Hot99</c>), bin (−3 to 3), number of events, Gi* z-score and two-sided p-value.</summary>
    public sealed record CellProperties(HotspotClass Class, int Bin, int Count, double Z, double P);

    public sealed class Handler(HotspotStudy study, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Ok<Map>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, HotspotStudy.Query query, Guid userId,
            CancellationToken ct)
        {
            var outcome = await study.PrepareAsync(partnershipId, query, "band", userId, ct);
            if (outcome.Study is not { } s)
            {
                return outcome.Invalid is { } invalid ? invalid : outcome.Refused!;
            }
            HotspotResult result;
            try
            {
                result = HotspotAnalysis.Run(s.Points, new HotspotOptions(s.Cell, s.Reach, s.Boundary));
            }
            catch (WatchGridException refused)
            {
                return TypedResults.Problem(detail: t.Explain(refused), statusCode: StatusCodes.Status422UnprocessableEntity);
            }
            var significant = result.Cells.Where(c => c.Class != HotspotClass.NotSignificant)
                .Select(c => CellFeatures.Feature(c.Column, c.Row, c.Outline, new CellProperties(c.Class, (int)c.Class, c.Count, c.Z, c.P)))
                .ToList();
            return TypedResults.Ok(new Map(
                new Parameters(s.From, s.To, s.Categories, s.Cell, result.BandMetres, s.Extent),
                new Summary(result.PointsUsed, result.PointsOutside, result.AnalysedCells, result.Mean, result.StandardDeviation,
                    significant.Count(f => f.Properties.Bin > 0), significant.Count(f => f.Properties.Bin < 0)),
                new CellCollection<CellProperties>(significant)));
        }
    }
}
