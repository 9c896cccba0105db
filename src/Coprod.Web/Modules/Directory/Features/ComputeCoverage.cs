using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// DIR-4, the coverage view: for a commune or an area, a 7 × 24 grid (Monday first, hours 0–23,
/// Paris wall-clock time) of the services present. A service counts in an hour when one of its
/// slots on the place overlaps it; empty hours are what the seeds mean by "après minuit, il n'y a personne".
/// With a problem code, only the services competent for it on the place count: the hours when
/// nobody would handle a hall occupation show up even where the national police is always present.
/// </summary>
public static class ComputeCoverage
{
    public sealed record Request(Guid PartnershipId, string? Commune, string? AreaId, string? Problem = null);

    public sealed record ServiceName(Guid Id, string Name, string InstitutionName);

    public sealed record Cell(int Hour, int Count, IReadOnlyList<ServiceName> Services);

    public sealed record Day(DayOfWeek DayOfWeek, IReadOnlyList<Cell> Hours);

    public sealed record Grid(TerritoryDto Place, IReadOnlyList<Day> Days, int EmptyHours);

    /// <summary>Monday first.</summary>
    public static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public sealed class Handler(CoprodDbContext db, IGeography geography, TimeProvider clock, IStringLocalizer<DirectoryText> t)
    {
        public async Task<Results<Ok<Grid>, ValidationProblem, ProblemHttpResult>> HandleAsync(Request r, CancellationToken ct = default)
        {
            var v = new Validation();
            if (!string.IsNullOrEmpty(r.Problem))
            {
                v.Check(ProblemCatalogue.IsKnown(r.Problem), "problem", t["Problem_Unknown"]);
            }
            var (query, invalid, notFound) = await DirectoryQuery.LoadAsync(db, geography, clock, r.PartnershipId, r.Commune, r.AreaId, v, t, ct);
            if (invalid is not null)
            {
                return invalid;
            }
            if (query is null)
            {
                return notFound!;
            }
            var slots = query.Slots.SelectMany(g => g).ToList();
            if (!string.IsNullOrEmpty(r.Problem))
            {
                var competent = (await query.CompetentForAsync(db, r.Problem, ct)).ToHashSet();
                slots = slots.Where(s => competent.Contains(s.ServiceId)).ToList();
            }
            var days = Week.Select((day, d) => new Day(day, Enumerable.Range(0, 24).Select(hour =>
            {
                var hourSpan = new WeekInterval((d * 24 * 60) + (hour * 60), (d * 24 * 60) + (hour * 60) + 60);
                var present = slots.Where(s => s.Interval.Overlaps(hourSpan)).Select(s => s.ServiceId).Distinct()
                    .Select(id => query.Contacts[id]).OrderBy(c => c.InstitutionType).ThenBy(c => c.Name, StringComparer.Ordinal)
                    .Select(c => new ServiceName(c.Id, c.Name, c.InstitutionName)).ToList();
                return new Cell(hour, present.Count, present);
            }).ToList())).ToList();
            return TypedResults.Ok(new Grid(query.Place.ToDto(), days, days.Sum(d => d.Hours.Count(h => h.Count == 0))));
        }
    }
}
