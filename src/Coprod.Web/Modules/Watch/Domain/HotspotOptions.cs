using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// How to look for hotspots: the cell side in metres (<see cref="GridLimits.MinCellSize"/> to
/// <see cref="GridLimits.MaxCellSize"/>), the distance band in metres within which cell centres are
/// neighbours (by default √2 cell sides: the cell and its 8 surrounding cells, queen contiguity; from
/// one cell side to <see cref="GridLimits.MaxBandCells"/>), and optionally the boundary of the study
/// area (a WGS84 polygon or multipolygon; without it, the points' bounding box).
/// </summary>
public sealed record HotspotOptions(double CellSizeMetres, double? NeighbourhoodMetres = null, Geometry? Boundary = null)
{
    /// <summary>The distance band actually used, in metres.</summary>
    public double Band => NeighbourhoodMetres ?? CellSizeMetres * Math.Sqrt(2);
}
