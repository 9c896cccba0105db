using Coprod.Web.Modules.Territory.Domain;
using NetTopologySuite.Geometries;

namespace Coprod.UnitTests.Modules.Territory.Domain;

public sealed class AreaIndexTests
{
    private static readonly GeometryFactory Factory = AreaGeometry.Services.CreateGeometryFactory();

    private static IndexedArea Area(string name, Envelope box, DateOnly from, DateOnly? until = null) =>
        new(new AreaSummary(Guid.NewGuid(), name, AreaKind.Quartier, "38151", null, from, until, Guid.NewGuid()), Factory.ToGeometry(box));

    private static readonly DateOnly Start = new(2020, 1, 1);

    private readonly AreaIndex _index = new([
        Area("Ville", new Envelope(5.60, 5.80, 45.10, 45.20), Start),
        Area("Centre", new Envelope(5.70, 5.72, 45.14, 45.16), Start, new DateOnly(2023, 12, 31)),
        Area("Centre élargi", new Envelope(5.69, 5.73, 45.13, 45.17), new DateOnly(2024, 1, 1)),
    ]);

    private string[] Locate(double lon, double lat, DateOnly day) =>
        _index.Locate(Factory.CreatePoint(new Coordinate(lon, lat)), day).Select(a => a.Area.Name).ToArray();

    [Fact]
    public void Locate_PointInNestedAreas_GivesTheSmallestFirst() =>
        Assert.Equal(["Centre élargi", "Ville"], Locate(5.71, 45.15, new DateOnly(2025, 1, 1)));

    [Fact]
    public void Locate_PastDay_UsesTheZoningOfThatDay() =>
        Assert.Equal(["Centre", "Ville"], Locate(5.71, 45.15, new DateOnly(2022, 5, 1)));

    [Fact]
    public void Locate_PointOnABoundary_BelongsToTheArea() =>
        Assert.Contains("Centre élargi", Locate(5.69, 45.15, new DateOnly(2025, 1, 1)));

    [Fact]
    public void Locate_PointOutside_FindsNothing() => Assert.Empty(Locate(2.35, 48.85, new DateOnly(2025, 1, 1)));

    [Fact]
    public void ValidOn_Day_ListsOnlyTheVersionsValidThatDay()
    {
        Assert.Equal(["Centre", "Ville"], _index.ValidOn(new DateOnly(2023, 12, 31)).Select(a => a.Area.Name));
        Assert.Equal(["Centre élargi", "Ville"], _index.ValidOn(new DateOnly(2024, 1, 1)).Select(a => a.Area.Name));
    }
}
