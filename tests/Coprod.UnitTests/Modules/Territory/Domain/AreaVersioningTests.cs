using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Problems;
using NetTopologySuite.Geometries;

namespace Coprod.UnitTests.Modules.Territory.Domain;

public sealed class AreaVersioningTests
{
    private static readonly Guid PartnershipId = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly Geometry Shape = AreaGeometry.Services.CreateGeometryFactory().ToGeometry(new Envelope(5.70, 5.71, 45.14, 45.15));

    private static AreaFeature Feature(int index, string name, DateOnly? validFrom = null, AreaKind kind = AreaKind.Quartier) =>
        new(index, name, kind, "38151", null, validFrom, Shape);

    private static Area Existing(string name, DateOnly from, DateOnly? until = null) =>
        new() { Id = Guid.NewGuid(), PartnershipId = PartnershipId, Name = name, Kind = AreaKind.Quartier, CommuneInsee = "38151", ValidFrom = from, ValidUntil = until };

    private static (IReadOnlyList<AreaVersioning.Step> Steps, Validation Errors) Plan(AreaFeature[] features, params Area[] existing)
    {
        var errors = new Validation();
        return (AreaVersioning.Plan(PartnershipId, features, existing, Today, errors, French.Texts()), errors);
    }

    [Fact]
    public void Plan_NewArea_StartsTodayByDefault()
    {
        var step = Assert.Single(Plan([Feature(0, "Centre")]).Steps);
        Assert.Equal(Today, step.Created.ValidFrom);
        Assert.Equal(PartnershipId, step.Created.PartnershipId);
        Assert.Null(step.Closes);
        Assert.NotEmpty(step.Created.Geometry);
    }

    [Fact]
    public void Plan_SameKindNameAndCommune_ClosesTheCurrentVersion()
    {
        var current = Existing("Centre", new DateOnly(2020, 1, 1));
        var step = Assert.Single(Plan([Feature(0, "CENTRE")], current).Steps);
        Assert.Same(current, step.Closes);
    }

    [Fact]
    public void Plan_OtherKind_IsAnotherArea() =>
        Assert.Null(Assert.Single(Plan([Feature(0, "Centre", kind: AreaKind.Secteur)], Existing("Centre", new DateOnly(2020, 1, 1))).Steps).Closes);

    [Fact]
    public void Plan_StartNotAfterTheCurrentStart_IsRefused()
    {
        var (steps, errors) = Plan([Feature(0, "Centre", new DateOnly(2020, 1, 1))], Existing("Centre", new DateOnly(2020, 1, 1)));
        Assert.Empty(steps);
        Assert.Contains("après le 2020-01-01", errors.Errors["features[0].properties.validFrom"][0]);
    }

    [Fact]
    public void Plan_StartInsideAClosedVersion_IsRefused()
    {
        var (_, errors) = Plan([Feature(0, "Centre", new DateOnly(2021, 6, 1))], Existing("Centre", new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31)));
        Assert.Contains("après le 2022-12-31", errors.Errors["features[0].properties.validFrom"][0]);
    }

    [Fact]
    public void Plan_SameAreaTwiceInTheFile_IsRefusedOnTheSecond()
    {
        var (_, errors) = Plan([Feature(0, "Centre"), Feature(1, "Centre")]);
        Assert.Contains("features[0]", errors.Errors["features[1].properties.name"][0]);
    }
}
