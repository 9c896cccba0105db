namespace Coprod.Web.Modules.Governance;

/// <summary>Marker for the Governance module's texts (<c>GovernanceText.resx</c> is French, <c>GovernanceText.en.resx</c> English).</summary>
public sealed class GovernanceText;
