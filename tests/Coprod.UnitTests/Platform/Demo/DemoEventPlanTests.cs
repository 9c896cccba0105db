using Coprod.UnitTests.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Demo;

namespace Coprod.UnitTests.Platform.Demo;

/// <summary>The demo's year of events tells the stories it is meant to tell, whatever day it is seeded.</summary>
public sealed class DemoEventPlanTests
{
    // A Thursday evening in November, Paris time 21:40.
    private static readonly DateTimeOffset Thursday = new(2026, 11, 19, 20, 40, 0, TimeSpan.Zero);

    private static IReadOnlyList<DemoEventDraft> Plan(DemoTerritory territory, DateTimeOffset? now = null) => DemoEventPlan.For(territory, now ?? Thursday);

    [Fact]
    public void For_SameTerritoryAndClock_GivesTheSameEvents_AndAnotherClockOthers()
    {
        foreach (var territory in DemoTerritory.All)
        {
            Assert.Equal(DemoEventDraft.Checksum(Plan(territory)), DemoEventDraft.Checksum(Plan(territory)));
            Assert.NotEqual(DemoEventDraft.Checksum(Plan(territory)), DemoEventDraft.Checksum(Plan(territory, Thursday.AddDays(1))));
        }
    }

    [Fact]
    public void For_BothPartnerships_AFewThousandEventsOverFiftySixWeeks_EndingNow()
    {
        var metropole = Plan(DemoTerritory.Metropole);
        var echirolles = Plan(DemoTerritory.Echirolles);
        Assert.InRange(metropole.Count + echirolles.Count, 3000, 6000);
        Assert.True(metropole.Count > 2 * echirolles.Count, $"{metropole.Count} vs {echirolles.Count}");
        foreach (var plan in new[] { metropole, echirolles })
        {
            Assert.All(plan, e => Assert.InRange(e.OccurredAt, Thursday - DemoEventPlan.Span, Thursday));
            Assert.True(plan[0].OccurredAt < Thursday - DemoEventPlan.Span + TimeSpan.FromDays(1));
            Assert.True(plan[^1].OccurredAt > Thursday.AddHours(-6));
        }
        Assert.Equal(["38151", "38185", "38421"], metropole.Select(e => e.Commune).Distinct().Order());
        Assert.Equal(["38151"], echirolles.Select(e => e.Commune).Distinct());
    }

    [Fact]
    public void WeekendNights_AreBusierThanWeekdayDays()
    {
        foreach (var territory in DemoTerritory.All)
        {
            var local = Plan(territory).Select(e => ParisTime.ToParis(e.OccurredAt)).ToList();
            // Per hour: Friday and Saturday nights (20:00 to 05:00) are 18 hours a week, weekday days (08:00 to 18:00) 50.
            var weekendNights = local.Count(t => (t.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday && t.Hour >= 20)
                || (t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && t.Hour < 5)) / 18.0;
            var weekdayDays = local.Count(t => t.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Friday && t.Hour is >= 8 and < 18) / 50.0;
            Assert.True(weekendNights > 2 * weekdayDays, $"{weekendNights:F1} vs {weekdayDays:F1} an hour-week");
        }
    }

    [Fact]
    public void Rodeos_AreMostlySummerEvenings_InTheRodeoQuartiers()
    {
        foreach (var territory in DemoTerritory.All)
        {
            var rodeos = Plan(territory).Where(e => e.Category == "rodeo").ToList();
            var summer = rodeos.Where(e => ParisTime.DateOf(e.OccurredAt).Month is >= 6 and <= 8).ToList();
            Assert.True(summer.Count > 0.6 * rodeos.Count, $"{summer.Count} of {rodeos.Count} in summer");
            var main = territory.RodeoZones.Where(z => z.Share >= 0.25).Select(z => z.Zone.Quartier).ToList();
            Assert.True(summer.Count(e => main.Contains(e.Quartier)) > 0.75 * summer.Count);
            Assert.True(summer.Count(e => ParisTime.ToParis(e.OccurredAt).Hour >= 17) > 0.7 * summer.Count);
        }
    }

    [Fact]
    public void NewYearsEve_BurnsVehicles()
    {
        var night = Plan(DemoTerritory.Metropole).Where(e => e.Category == "incendie")
            .Select(e => ParisTime.ToParis(e.OccurredAt))
            .Count(t => (t.Month, t.Day, t.Hour) is (12, 31, >= 20) or (1, 1, < 5));
        Assert.True(night >= DemoTerritory.Metropole.NewYearFires, $"{night} fires that night");
    }

    public static TheoryData<string> Clocks => new()
    {
        "2026-11-19T20:40:00Z", // a Thursday evening
        "2026-11-22T23:30:00Z", // Monday 00:30 in Paris: the week has just begun
        "2026-11-22T21:00:00Z", // Sunday evening
        "2026-07-15T10:00:00Z", // mid-summer, rodeos everywhere
        "2027-01-01T08:00:00Z", // the morning after New Year's Eve
        "2027-03-29T12:00:00Z", // just after the spring clock change
    };

    [Theory]
    [MemberData(nameof(Clocks))]
    public void HeatingQuartier_TheCurrentWeek_IsASpikeAgainstTheSameWeeksLastYear(string clock)
    {
        var now = DateTimeOffset.Parse(clock, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var territory in DemoTerritory.All)
        {
            var plan = Plan(territory, now);
            var first = IsoWeek.Of(ParisTime.DateOf(now - DemoEventPlan.Span)).AddWeeks(1);
            var current = IsoWeek.Of(ParisTime.DateOf(now));
            foreach (var category in DemoTerritory.HeatingCategories)
            {
                var weeks = plan.Where(e => e.Quartier == territory.Heating.Quartier && e.Category == category)
                    .GroupBy(e => IsoWeek.Of(ParisTime.DateOf(e.OccurredAt))).ToDictionary(g => g.Key, g => g.Count());
                var baseline = SpikeBaseline.Weeks(current).Where(w => w.CompareTo(first) >= 0).Select(w => weeks.GetValueOrDefault(w)).ToList();
                var assessed = SpikeRule.Evaluate(weeks.GetValueOrDefault(current), baseline);
                Assert.True(assessed.IsAlert, $"{territory.Heating.Quartier} {category} {current}: {assessed}");
                Assert.Equal(3, assessed.BaselineWeeks);
            }
        }
    }

    [Fact]
    public void LastMonth_TheHeatingQuartierHoldsTheHottestSpots()
    {
        foreach (var territory in DemoTerritory.All)
        {
            var points = Plan(territory).Where(e => e.OccurredAt > Thursday.AddDays(-28) && e.Latitude is not null)
                .Select(e => new WatchPoint(e.Longitude!.Value, e.Latitude!.Value)).ToList();
            var hot = HotspotAnalysis.Run(points, new HotspotOptions(150)).Cells.Where(c => c.Class == HotspotClass.Hot99).ToList();
            var ring = DemoAreas.Named(territory.Heating.Quartier!).Ring;
            Assert.Contains(hot, c => DemoEventSampler.Inside(ring, c.Centre.Longitude, c.Centre.Latitude));
            var hottest = hot.MaxBy(c => c.Z)!;
            Assert.True(DemoEventSampler.Inside(ring, hottest.Centre.Longitude, hottest.Centre.Latitude), $"hottest cell at {hottest.Centre}");
        }
    }

    [Fact]
    public void EveryDescription_PassesThePrivacyScanner()
    {
        var texts = DemoEventTexts.AllTemplates.SelectMany(t => DemoEventTexts.AllPlaces.Select(p => t.Replace("{lieu}", p, StringComparison.Ordinal)))
            .Concat(DemoTerritory.All.SelectMany(t => Plan(t)).Select(e => e.Description)).Distinct().ToList();
        Assert.True(texts.Count > 300);
        Assert.All(texts, text => Assert.Empty(TestScanner.Scan(text)));
    }

    [Fact]
    public void Points_LieInTheirQuartier_OrOutsideEveryQuartier()
    {
        foreach (var e in DemoTerritory.All.SelectMany(t => Plan(t)).Where(e => e.Latitude is not null))
        {
            var inside = DemoAreas.All.Where(o => DemoEventSampler.Inside(o.Ring, e.Longitude!.Value, e.Latitude!.Value)).Select(o => o.Name).ToList();
            Assert.Equal(e.Quartier is null ? [] : [e.Quartier], inside);
            Assert.Equal(e.Quartier is null ? e.Commune : DemoAreas.Named(e.Quartier).Commune, e.Commune);
        }
    }
}
