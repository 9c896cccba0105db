namespace Coprod.Web.Modules.Confidential;

/// <summary>Marker for the texts of confidential cases (<c>CasesText.resx</c> is French, <c>CasesText.en.resx</c> English).</summary>
public sealed class CasesText;
