namespace Coprod.Web.Modules.Evaluation;

/// <summary>Marker for the evaluation's texts (<c>EvaluationText.resx</c> is French, <c>EvaluationText.en.resx</c> English).</summary>
public sealed class EvaluationText;
