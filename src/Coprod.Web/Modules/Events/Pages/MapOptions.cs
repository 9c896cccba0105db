namespace Coprod.Web.Modules.Events.Pages;

/// <summary>
/// The map's background (<c>Map</c> section): a tile URL template such as
/// <c>https://tiles.example.org/{z}/{x}/{y}.png</c> and its attribution. Empty by default: the map then
/// draws area outlines and events on a plain background, with nothing fetched from outside the site.
/// A tile server must also be allowed by the site's content security policy (<c>img-src</c>).
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Map";

    public string TileUrl { get; set; } = "";

    public string TileAttribution { get; set; } = "";
}
