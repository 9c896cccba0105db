namespace Coprod.Web.Modules.Contract;

/// <summary>Marker for the contract and sheets' texts (<c>ContractText.resx</c> is French, <c>ContractText.en.resx</c> English).</summary>
public sealed class ContractText;
