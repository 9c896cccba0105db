using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class PlaneUnprojectorTests
{
    private static readonly LocalProjection Projection = new(WatchSamples.Grenoble);

    [Fact]
    public void Lattice_AgreesWithInverse_ToANanodegree_AcrossTheWidestGrid()
    {
        // 7 × 5 points 20 km apart: up to 120 km east and west and 80 km north and south of the centre, and 7 is not a multiple of 4.
        var lattice = PlaneUnprojector.Lattice(Projection, -120_000, -80_000, 40_000, 7, 5);

        for (var j = 0; j < 5; j++)
        {
            for (var i = 0; i < 7; i++)
            {
                var exact = Projection.Inverse(-120_000 + i * 40_000.0, -80_000 + j * 40_000.0);
                Assert.Equal(exact.Longitude, lattice[j * 7 + i].Longitude, 1e-9);
                Assert.Equal(exact.Latitude, lattice[j * 7 + i].Latitude, 1e-9);
            }
        }
    }

    [Fact]
    public void Lattice_FarFromTheCentre_IsInvertedExactly()
    {
        // 1,000 km away: beyond the series.
        var lattice = PlaneUnprojector.Lattice(Projection, -1_000_000, 0, 1_000_000, 3, 1);

        Assert.Equal(Projection.Inverse(-1_000_000, 0), lattice[0]);
        Assert.Equal(Projection.Inverse(1_000_000, 0), lattice[2]);
    }

    [Fact]
    public void Lattice_ThenForward_GivesThePlanePointsBack()
    {
        var lattice = PlaneUnprojector.Lattice(Projection, -5_050, -3_050, 100, 101, 61);

        for (var j = 0; j < 61; j += 10)
        {
            for (var i = 0; i < 101; i += 10)
            {
                var (x, y) = Projection.Forward(lattice[j * 101 + i].Longitude, lattice[j * 101 + i].Latitude);
                Assert.Equal(-5_050 + i * 100.0, x, 1e-6);
                Assert.Equal(-3_050 + j * 100.0, y, 1e-6);
            }
        }
    }
}
