namespace Coprod.Web.Modules.Events.Pages;

/// <summary>
/// What <c>js/events-map.js</c> answers: the API's status and problem detail when a fetch failed; the points
/// drawn and the events without a point; or a layer's cells, hot and cold counts and density breaks.
/// </summary>
public sealed record MapAnswer(bool Ok, int Status, string? Detail, int Count, int WithoutPoint, int Cells, int Hot, int Cold, double[]? Breaks);
