namespace Coprod.Web.Modules.Watch;

/// <summary>Marker for the Watch module's texts (<c>WatchText.resx</c> is French, <c>WatchText.en.resx</c> English).</summary>
public sealed class WatchText;
