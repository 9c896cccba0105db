namespace Coprod.Web.Platform.Localization;

/// <summary>Marker for the shared interface texts (<c>UiText.resx</c> is French, <c>UiText.en.resx</c> English).</summary>
public sealed class UiText;
