namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>A point inside the study area: its plane coordinates in metres, its weight and the index of its cell.</summary>
internal readonly record struct GriddedPoint(double X, double Y, double Weight, int Cell);
