namespace Coprod.Web.Modules.Contract;

/// <summary>Marker for the amendments' texts (<c>AmendmentText.resx</c> is French, <c>AmendmentText.en.resx</c> English).</summary>
public sealed class AmendmentText;
