using System.Globalization;
using System.Text;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Features;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Pages;

/// <summary>
/// Draws areas as SVG without any tile server: longitude is scaled by the cosine of the middle
/// latitude (an equirectangular projection, faithful enough at the scale of a commune), and the
/// drawing is fitted into the view box with a margin.
/// </summary>
public sealed class AreaMapDrawing
{
    public const double Width = 800;
    private const double MinHeight = 240;
    private const double MaxHeight = 640;
    private const double Margin = 16;

    private readonly double _minLon, _maxLat, _cos, _scale, _offsetX, _offsetY;

    public AreaMapDrawing(IReadOnlyList<AreaOutline> areas)
    {
        var bounds = new Envelope();
        foreach (var area in areas)
        {
            bounds.ExpandToInclude(area.Geometry.Value.EnvelopeInternal);
        }
        _minLon = bounds.MinX;
        _maxLat = bounds.MaxY;
        _cos = Math.Cos((bounds.MinY + bounds.MaxY) / 2 * Math.PI / 180);
        var spanX = Math.Max(bounds.Width * _cos, 1e-6);
        var spanY = Math.Max(bounds.Height, 1e-6);
        Height = Math.Clamp(Width * spanY / spanX, MinHeight, MaxHeight);
        _scale = Math.Min((Width - 2 * Margin) / spanX, (Height - 2 * Margin) / spanY);
        _offsetX = (Width - spanX * _scale) / 2;
        _offsetY = (Height - spanY * _scale) / 2;
        Shapes = areas.Select(a => new Shape(a, Path(a.Geometry.Value), Project(a.Geometry.Value.InteriorPoint.Coordinate))).ToList();
    }

    public double Height { get; }

    public string ViewBox => FormattableString.Invariant($"0 0 {Width} {Height:0.#}");

    public IReadOnlyList<Shape> Shapes { get; }

    /// <summary>One area: its SVG path (even-odd fill keeps the holes) and where its label goes.</summary>
    public sealed record Shape(AreaOutline Area, string Path, (double X, double Y) Label)
    {
        public string LabelX => Label.X.ToString("0.#", CultureInfo.InvariantCulture);
        public string LabelY => Label.Y.ToString("0.#", CultureInfo.InvariantCulture);
    }

    public (double X, double Y) Project(Coordinate c) =>
        (_offsetX + (c.X - _minLon) * _cos * _scale, _offsetY + (_maxLat - c.Y) * _scale);

    private string Path(Geometry geometry)
    {
        var path = new StringBuilder();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(i);
            Ring(path, polygon.ExteriorRing);
            foreach (var hole in polygon.InteriorRings)
            {
                Ring(path, hole);
            }
        }
        return path.ToString().TrimEnd();
    }

    private void Ring(StringBuilder path, LineString ring)
    {
        for (var i = 0; i < ring.NumPoints; i++)
        {
            var (x, y) = Project(ring.GetCoordinateN(i));
            path.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ')
                .Append(y.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ');
        }
        path.Append("Z ");
    }

    /// <summary>Fill, outline and dash per kind, so kinds differ by more than colour.</summary>
    public static (string Fill, string Stroke, string Dash) Style(AreaKind kind) => kind switch
    {
        AreaKind.Qpv => ("#f6c99b", "#8a3b12", "10 3"),
        AreaKind.Iris => ("#cfe8cf", "#1e6b34", "6 3"),
        AreaKind.Secteur => ("#e2d4f0", "#5b2a86", "2 3"),
        AreaKind.Commune => ("#f2f2f2", "#444444", "14 4 2 4"),
        _ => ("#bcd3f2", "#1f4e8c", "none"),
    };
}
