namespace Coprod.Web.Modules.Events;

/// <summary>Marker for the Events module's texts (<c>EventsText.resx</c> is French, <c>EventsText.en.resx</c> English).</summary>
public sealed class EventsText;
