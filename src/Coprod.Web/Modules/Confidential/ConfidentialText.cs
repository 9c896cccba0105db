namespace Coprod.Web.Modules.Confidential;

/// <summary>Marker for the confidential module's texts (<c>ConfidentialText.resx</c> is French, <c>ConfidentialText.en.resx</c> English).</summary>
public sealed class ConfidentialText;
