namespace Coprod.Web.Modules.Privacy;

/// <summary>Marker for the Privacy module's texts (<c>PrivacyText.resx</c> is French, <c>PrivacyText.en.resx</c> English).</summary>
public sealed class PrivacyText;
