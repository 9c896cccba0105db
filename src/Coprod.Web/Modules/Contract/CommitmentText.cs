namespace Coprod.Web.Modules.Contract;

/// <summary>Marker for the commitments' and indicator values' texts (<c>CommitmentText.resx</c> is French, <c>CommitmentText.en.resx</c> English).</summary>
public sealed class CommitmentText;
