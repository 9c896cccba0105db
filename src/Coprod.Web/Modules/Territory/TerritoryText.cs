namespace Coprod.Web.Modules.Territory;

/// <summary>Marker for the Territory module's texts (<c>TerritoryText.resx</c> is French, <c>TerritoryText.en.resx</c> English).</summary>
public sealed class TerritoryText;
