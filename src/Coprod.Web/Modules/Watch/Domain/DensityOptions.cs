using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// How to map density: the cell side in metres (<see cref="GridLimits.MinCellSize"/> to
/// <see cref="GridLimits.MaxCellSize"/>), the kernel bandwidth (search radius) in metres, from one
/// cell side to <see cref="GridLimits.MaxBandwidthCells"/>, and optionally the boundary of the study
/// area (a WGS84 polygon or multipolygon; without it, the points' bounding box).
/// </summary>
public sealed record DensityOptions(double CellSizeMetres, double BandwidthMetres, Geometry? Boundary = null);
